"""Chinese topic chains: a sentence names its design first and goes on about it in clauses joined by commas.
A clause that opens with a basis noun ("原型为") speaks of the design the sentence opens with; a year right after a
designation's number and a comma ("伊尔-28,1967年") is a year, not part of a number; and a year takes the word of
its own clause ("1967年开始批量生产,1968年服役": 1967 for the making, 1968 for the service). Sentences of our own;
they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text, child, parent", [
    ("轰-5是一种轻型轰炸机,原型为苏联伊尔-28。", "Harbin H-5", "Il-28"),
    ("轟-5是一種輕型轟炸機,原型為蘇聯伊爾-28。", "Harbin H-5", "Il-28"),
    ("运-5是一种运输机,原型是安-2,产量很大。", "Nanchang Y-5", "An-2"),
])
def test_basis_noun_after_a_comma_is_the_topics(extractor: Extractor, text: str, child: str, parent: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert (child, "derived_from", parent) in facts, facts
    assert (parent, "derived_from", child) not in facts, facts


def test_basis_noun_after_another_name_is_not_the_first_names(extractor: Extractor) -> None:
    # a second name stands between: the chain's topic is no longer certain
    facts = facts_of(extractor, "轰-5是一种轰炸机,与歼-5同时生产,原型为苏联伊尔-28。", "zh")
    assert ("Harbin H-5", "derived_from", "Il-28") not in facts, facts


@pytest.mark.parametrize("text, product, year", [
    ("这种轰炸机仿制伊尔-28,1967年开始批量生产。", "Il-28", None),
    ("轰-5的原型是伊尔-28,1967年开始批量生产。", "Harbin H-5", "1967"),
])
def test_year_after_a_designation_and_a_comma(extractor: Extractor, text: str, product: str,
                                                year: str | None) -> None:
    facts = facts_of(extractor, text, "zh")
    if year is not None:
        assert (product, "introduced_year", year) in facts, facts
    assert not any(r == "introduced_year" and o.startswith("28") for _, r, o in facts), facts


@pytest.mark.parametrize("text", [
    "轰-5于1967年开始批量生产,1968年服役。",
    "轰-5于1967年开始批量生产,1968年装备部队。",
    "轟-5於1967年開始批量生產,1968年裝備部隊。",
])
def test_each_year_takes_its_own_clauses_word(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert ("Harbin H-5", "introduced_year", "1967") in facts, facts
    assert ("Harbin H-5", "introduced_year", "1968") in facts, facts


def test_english_two_years_kept(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The H-5 entered series production in 1967, and entered service in 1968.", "en")
    assert ("Harbin H-5", "introduced_year", "1967") in facts, facts
    assert ("Harbin H-5", "introduced_year", "1968") in facts, facts
