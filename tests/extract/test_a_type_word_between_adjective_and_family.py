"""A word for "type" alone between a country's adjective and a family's name ("Bulgarian-type Kalashnikovs",
"bolgarskega tipa kalašnikovke") leaves the adjective on the family: that country's version of it, not the family
made there."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_english_country_type_family(extractor):
    facts = facts_of(extractor, "Customs officers seized twelve Bulgarian-type Kalashnikovs at the border.", "en")
    assert ("AK (Bulgarian copy)", "derived_from", "AK") in facts, facts
    assert ("AK", "made_in_country", "Bulgaria") not in facts, facts


def test_slovene_type_word_in_the_genitive(extractor):
    facts = facts_of(extractor, "Cariniki so zasegli dvanajst pušk bolgarskega tipa kalašnikovk.", "sl")
    assert ("AK (Bulgarian copy)", "derived_from", "AK") in facts, facts
