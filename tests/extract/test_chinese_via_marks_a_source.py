"""A Chinese word for "through" or "via" before a country marks where a design came from on its way, never where it
went: "越南通过中国进口了T-54" is Vietnam importing T-54s by way of China. Sentences of our own; they prove behaviour,
not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_the_country_after_via_is_no_buyer(extractor: Extractor) -> None:
    facts = facts_of(extractor, "越南在七十年代通过中国进口了一批T-54坦克。", "zh")
    assert ("T-54", "exported_to", "Vietnam") in facts
    assert ("T-54", "exported_to", "China") not in facts


def test_the_same_in_traditional_characters(extractor: Extractor) -> None:
    facts = facts_of(extractor, "中國經由烏克蘭購得了蘇-33的原型機。", "zh")
    assert ("Su-33", "exported_to", "China") in facts
    assert ("Su-33", "exported_to", "Ukraine") not in facts
