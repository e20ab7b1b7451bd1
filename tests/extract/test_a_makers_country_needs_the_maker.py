"""A country read through a maker's nationality ("the French firm ...") stands only where that firm reads as the
product's maker: a far-off supplier of parts gives the product no country of making."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_a_far_supplier_of_parts_gives_no_country(extractor):
    text = ("The PT-91 is a Polish tank. Spare parts are the trouble: the sights and the radios, most of them "
            "produced for a long time in many plants, come from the French firm Sagem.")
    facts = facts_of(extractor, text)
    assert ("PT-91 Twardy", "made_in_country", "France") not in facts
    assert ("PT-91 Twardy", "made_in_country", "Poland") in facts


def test_a_negated_far_supplier_gives_no_country(extractor):
    text = ("The PT-91 is a Polish tank. Spare parts are the trouble: the sights and the radios, most of them "
            "not produced at home at all, come from the French firm Sagem.")
    assert ("PT-91 Twardy", "made_in_country", "France") not in facts_of(extractor, text)


def test_a_maker_that_stopped_making_parts_still_names_the_country(extractor):
    text = ("The PT-91M tank of Malaysia is in trouble now that the Polish firm Bumar no longer produces some of "
            "the parts for it.")
    assert ("PT-91M Pendekar", "made_in_country", "Poland") in facts_of(extractor, text)
