"""A country's adjective on a word of versions is the versions' where they are named after it, as examples or after
a copula ("Hungarian versions of it included the An-2X", "the best known Chinese one is the Y-5B"): each is made
in that country. An adjective past "of" on the original stays the original's. Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_versions_a_word_of_example_lists_are_made_where_the_adjective_says(extractor: Extractor) -> None:
    text = "Hungarian versions of the An-2 included the An-2X and the An-2Z."
    facts = facts_of(extractor, text, "en")
    assert ("An-2X", "made_in_country", "Hungary") in facts
    assert ("An-2Z", "made_in_country", "Hungary") in facts
    assert ("An-2Z", "derived_from", "An-2") in facts


def test_an_adjective_on_the_original_past_of_places_no_version(extractor: Extractor) -> None:
    text = "Versions of the Soviet T-72, such as the M-84 and the PT-91, served in many armies."
    facts = facts_of(extractor, text, "en")
    assert ("M-84", "derived_from", "T-72") in facts
    assert ("M-84", "made_in_country", "Soviet Union") not in facts
