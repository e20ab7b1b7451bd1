"""A longer designation a word for "and" joins to a shorter one of the same stem, in a sentence of production, is one
more design the list counts: the sentence says nothing of one being the other's version."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Quelque 400 chars M-91 et M-91A sortirent des usines du pays.", "fr"),
    ("Some 400 M-91 and M-91A tanks were built for the army.", "en"),
    ("Etwa 400 Panzer M-91 und M-91A wurden für das Heer gebaut.", "de"),
])
def test_two_names_a_list_joins_are_no_version(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("M-91A", "derived_from", "M-91") not in facts, facts


def test_a_longer_name_set_apart_is_still_a_version(extractor):
    facts = facts_of(extractor, "Some 900 BVP-1 were built, 80 of them the command BVP-1K.", "en")
    assert ("BVP-1K", "derived_from", "BVP-1") in facts, facts
