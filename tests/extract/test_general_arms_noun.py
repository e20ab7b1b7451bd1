"""A country's adjective on a word for arms in general ("Russian weapons") that opens a sentence names no design: it
is not read as the design the text spoke of before, as "The Soviet tank ..." is."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang", [
    ("The Su-27 first flew in 1977. Russian weapons of this kind cost far less back then.", "en"),
    ("Su-27は1977年に初飛行した。ロシア製兵器の値段は当時ずっと低かった。", "ja"),
    ("Su-27 ilk kez 1977'de uçtu. Rus silahlarının fiyatı o yıllarda çok daha düşüktü.", "tr"),
])
def test_arms_in_general_are_no_design(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("Su-27", "made_in_country", "Russia") not in facts, facts


def test_a_kind_of_product_still_points_back(extractor):
    facts = facts_of(extractor, "The QZ-9 first flew in 1977. The Polish fighter entered service in 1980.", "en")
    assert ("QZ-9", "made_in_country", "Poland") in facts, facts
