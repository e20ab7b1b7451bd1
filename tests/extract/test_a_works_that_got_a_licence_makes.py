"""A works named right before a phrase of getting a licence ("X получил лицензию на выпуск ...") is the one
that got the licence and makes the design: it neither owns the licence nor trades anything."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_works_that_got_a_licence_to_produce_makes_it(extractor):
    text = "В 1978 году польский завод Bumar-Łabędy получил лицензию на выпуск танков Т-72."
    facts = facts_of(extractor, text, "ru")
    assert ("T-72", "manufactured_by", "Bumar-Łabędy") in facts, facts
    assert ("T-72", "licensed_by", "Bumar-Łabędy") not in facts, facts


def test_a_licence_got_is_no_trade_in_english_either(extractor):
    # (the word of getting is part of the licence phrase: the works is no buyer or seller of the tanks)
    text = "In 1980 the Bumar-Łabędy works obtained a licence to produce the T-72 tank."
    facts = facts_of(extractor, text, "en")
    assert ("T-72", "manufactured_by", "Bumar-Łabędy") in facts, facts
