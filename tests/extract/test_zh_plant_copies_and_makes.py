"""Chinese plants that make a copy: a version's noun that ends one clause does not take the plant the next clause
names ("X是Y的国产型号,由Z厂生产"), a plant the state runs says so before its number ("国营626厂"), a plant the
agent word marks that copied a design made it ("由626厂仿制"), and a maker's two-character short name stands after
"我们" or before a word of copying. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text, product, maker", [
    ("运-5是安-2的国产型号,由南昌飞机制造厂生产。", "Nanchang Y-5", "Nanchang Aircraft Manufacturing Factory"),
    ("运-5是安-2的國產型號,由南昌飛機製造廠生產。", "Nanchang Y-5", "Nanchang Aircraft Manufacturing Factory"),
    ("59式坦克是T-54A的国产型号,由617厂制造。", "Type 59 tank", "Inner Mongolia First Machinery Group"),
])
def test_version_noun_before_a_comma_leaves_the_maker(extractor: Extractor, text: str, product: str,
                                                      maker: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert (product, "manufactured_by", maker) in facts, facts


@pytest.mark.parametrize("text", [
    "54式手枪由国营626厂生产。",
    "54式手枪由国营626厂生产,后来大量出口。",
    "54式手槍由國營第626廠生產。",
])
def test_state_run_numbered_plant(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert ("Type 54 pistol", "manufactured_by", "Factory 626") in facts, facts


@pytest.mark.parametrize("text, product, maker", [
    ("54式手枪由626厂仿制。", "Type 54 pistol", "Factory 626"),
    ("54式手枪由国营626厂仿制,两年后定型。", "Type 54 pistol", "Factory 626"),
    ("歼-6由沈飞仿制,很快装备部队。", "Shenyang J-6", "Shenyang Aircraft Corporation"),
])
def test_plant_that_copied_made_it(extractor: Extractor, text: str, product: str, maker: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert (product, "manufactured_by", maker) in facts, facts


def test_short_maker_name_after_our(extractor: Extractor) -> None:
    facts = facts_of(extractor, "老工人说,歼-6是我们沈飞生产的。", "zh")
    assert ("Shenyang J-6", "manufactured_by", "Shenyang Aircraft Corporation") in facts, facts


def test_copy_word_without_agent_names_no_maker(extractor: Extractor) -> None:
    # the plant is where the drawings went, not the subject of the copying
    facts = facts_of(extractor, "苏联把图纸交给626厂,中国随后仿制了54式手枪。", "zh")
    assert not any(r == "manufactured_by" and o == "Factory 626" and s == "TT-33" for s, r, o in facts), facts
