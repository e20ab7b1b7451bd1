"""A word of making inside a plant word of Chinese or Japanese ("坦克制造厂", a tank factory; "飞机制造公司") makes
nothing: a plant begun or built in a year dates no design, nor says where the design spoken of is made. Sentences of
our own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_a_plant_built_dates_no_design(extractor: Extractor) -> None:
    text = "苏联交付了T-54A的全套图纸。1956年,国内第一座坦克制造厂破土动工。"
    facts = facts_of(extractor, text, "zh")
    assert not any(r == "introduced_year" and o == "1956" for _, r, o in facts), facts
    assert ("T-54A", "made_in_country", "China") not in facts, facts


def test_a_plant_beginning_a_copy_dates_no_design(extractor: Extractor) -> None:
    text = "米-4是苏联的直升机。1958年初,哈尔滨飞机制造公司着手仿制这种直升机。"
    facts = facts_of(extractor, text, "zh")
    assert not any(r == "introduced_year" and o == "1958" for _, r, o in facts), facts


def test_a_making_verb_after_the_plant_still_makes(extractor: Extractor) -> None:
    facts = facts_of(extractor, "59式坦克由一家坦克制造厂于1959年开始制造。", "zh")
    assert ("Type 59 tank", "introduced_year", "1959") in facts, facts
