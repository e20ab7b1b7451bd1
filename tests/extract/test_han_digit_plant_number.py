"""Chinese writes a plant's number in Chinese digits too, one character a figure ("国营第三五二厂", "六一七厂"): it
is the registry's "Factory 352" or the known plant 617 as "352厂" is; a count ("十二个工厂") or two digits without 第
name no plant. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of, objects


@pytest.mark.parametrize("text", ["56式冲锋枪由国营第三五二厂大量生产。", "该厂即第三五二厂,负责生产56式冲锋枪。"])
def test_a_plant_in_chinese_digits_is_the_maker(extractor: Extractor, text: str) -> None:
    assert "Factory 352" in objects(facts_of(extractor, text, "zh"), "manufactured_by")


def test_the_same_number_as_figures_is_the_same_plant(extractor: Extractor) -> None:
    digits = objects(facts_of(extractor, "59式坦克由六一七厂制造。", "zh"), "manufactured_by")
    figures = objects(facts_of(extractor, "59式坦克由617厂制造。", "zh"), "manufactured_by")
    assert digits == figures and digits, (digits, figures)


def test_a_count_of_plants_is_no_plant(extractor: Extractor) -> None:
    facts = facts_of(extractor, "当时共有十二个工厂生产56式冲锋枪。", "zh")
    assert not any(o.startswith("Factory") for o in objects(facts, "manufactured_by")), facts
