"""A country's adjective that a word or clitic of "in" governs, where adjectives follow their noun, names a language
("קלצ'ניקוב בצרפתית", Kalashnikov in French): no place where a design is made. An adjective on the product itself
still places it.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_a_name_in_a_language(extractor):
    facts = facts_of(extractor, "רובה AK-47 מכונה קלצ'ניקוב בצרפתית ובגרמנית.", "he")
    assert not any(r == "made_in_country" and o in {"France", "Germany"} for _, r, o in facts), facts


def test_an_adjective_on_the_product_still_places_it(extractor):
    facts = facts_of(extractor, "הטנק T-72 הסובייטי יוצר בפולין.", "he")
    assert ("T-72", "made_in_country", "Soviet Union") in facts, facts
    assert ("T-72", "made_in_country", "Poland") in facts, facts
