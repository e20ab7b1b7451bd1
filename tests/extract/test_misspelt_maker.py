"""A known maker's name written with one letter wrong, missing, added or swapped (a typing slip, a transliteration
that drops a letter) resolves to that maker, where it is long enough and no other maker is as near; a plant's number
that differs is another plant. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor
from copytrace.extract.resolve import default_names

from .conftest import facts_of


def test_a_maker_with_a_letter_missing_is_the_known_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The T-90 is built by Uralvagonzavd in the Urals.", "en")
    assert ("T-90", "manufactured_by", "Uralvagonzavod") in facts, facts


def test_a_maker_with_two_letters_swapped_is_the_known_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Der T-72B3 wird von Uarlvagonzavod gebaut.", "de")
    assert ("T-72B3", "manufactured_by", "Uralvagonzavod") in facts, facts


def test_names_too_short_too_far_or_numbered_otherwise_stay_unknown() -> None:
    names = default_names()
    assert names.resolve_misspelt("Uralvagonzavd") is not None
    assert names.resolve_misspelt("Zastawa") is None            # (under 8 letters: too many short names are near)
    assert names.resolve_misspelt("Uralvugonzavd") is None      # (two slips in a name of 13 letters)
    assert names.resolve_misspelt("Uralvagonzavod") is None     # (a name the registry knows as written)
    assert names.resolve_misspelt("Factory No. 6170") is None   # (another number is another plant)
