"""A particle of "to" before a country that a word of buying follows at once marks the seller the order went to,
not a buyer: Chinese "向苏联购买" is "bought from the USSR". Sentences of our own."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "buyer", "seller"), [
    ("1960年代，越南向苏联购买了T-54坦克。", "Vietnam", "Soviet Union"),
    ("埃及军队向苏联采购了大批T-55坦克，用于装备其装甲师。", "Egypt", "Soviet Union"),
    ("伊拉克曾向中国订购59式坦克。", "Iraq", "China"),
])
def test_the_country_an_order_goes_to_sells(full_extractor: Extractor, text: str, buyer: str, seller: str) -> None:
    facts = facts_of(full_extractor, text, "zh")
    exports = {o for _, r, o in facts if r == "exported_to"}
    assert seller not in exports, facts
    assert buyer in exports, facts


@pytest.mark.parametrize(("text", "recipient"), [
    # guards: "to" before a word of selling still names where it went
    ("苏联向越南出口了T-54坦克。", "Vietnam"),
    ("中国向巴基斯坦出售了59式坦克。", "Pakistan"),
])
def test_to_before_a_word_of_selling_still_sends(full_extractor: Extractor, text: str, recipient: str) -> None:
    facts = facts_of(full_extractor, text, "zh")
    assert recipient in {o for _, r, o in facts if r == "exported_to"}, facts
