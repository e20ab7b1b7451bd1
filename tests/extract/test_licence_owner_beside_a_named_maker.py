"""Where the owner comes first (Urdu "چین کے لائسنس", China's licence), a country right before a licence word with the
owner's mark between is whose licence it is when the sentence names the maker, an organisation, as surely as when it
names the maker's country: it is no place of making. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_urdu_maker_organisation_and_the_licensors_genitive(extractor: Extractor) -> None:
    text = "پاکستان آرڈیننس فیکٹریز نے ٹائپ 56 رائفل چین کے لائسنس کے تحت تیار کی۔"
    facts = facts_of(extractor, text, "ur")
    assert ("Type 56", "licensed_by", "China") in facts, facts
    assert ("Type 56", "made_in_country", "China") not in facts, facts
    assert ("Type 56", "manufactured_by", "Pakistan Ordnance Factories") in facts, facts


def test_urdu_maker_country_and_the_licensors_genitive(extractor: Extractor) -> None:
    text = "پاکستان نے چین کے لائسنس کے تحت ٹائپ 59 ٹینک تیار کیے۔"
    facts = facts_of(extractor, text, "ur")
    assert ("Type 59", "licensed_by", "China") in facts, facts
    assert ("Type 59", "made_in_country", "Pakistan") in facts, facts
