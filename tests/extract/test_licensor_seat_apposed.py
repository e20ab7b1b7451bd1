"""A country set right after a maker that a licence word names, with only a space between ("under licence from
Sud Aviation France"), is that maker's seat: the licensor's country, no place of making."""

from __future__ import annotations

from .conftest import facts_of


def test_seat_after_the_licensor_with_no_comma(extractor):
    facts = facts_of(extractor, "The QR-40 helicopter was made in Romania at the Brasov plant under licence from "
                                "Sud Aviation France.", "en")
    assert ("QR-40", "made_in_country", "Romania") in facts, facts
    assert ("QR-40", "made_in_country", "France") not in facts, facts


def test_seat_after_a_comma_still_reads(extractor):
    facts = facts_of(extractor, "The QR-40 helicopter was made in Romania at the Brasov plant under licence from "
                                "Sud Aviation, France.", "en")
    assert ("QR-40", "made_in_country", "France") not in facts, facts


def test_a_place_of_making_after_a_maker_stays(extractor):
    facts = facts_of(extractor, "The QR-40 helicopter was made by Sud Aviation in France.", "en")
    assert ("QR-40", "made_in_country", "France") in facts, facts
