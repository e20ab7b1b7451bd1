"""A four-digit number glued right after a Chinese or Japanese letter and ending at a mark or a space ("幻影2000,")
is the number of a name (the Mirage 2000), no year; a year there takes its word for "year" or runs on into words."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_mirage_number_is_no_year(extractor):
    facts = facts_of(extractor, "当时各国已开始装备新一代战斗机,如法国的幻影2000,苏联的米格-29等。", "zh")
    assert not any(r == "introduced_year" for _, r, _ in facts)


def test_listed_with_enumeration_comma(extractor):
    facts = facts_of(extractor, "当时各国已开始装备新一代战斗机,如法国的幻影2000、苏联的米格-29。", "zh")
    assert not any(r == "introduced_year" for _, r, _ in facts)


def test_year_running_into_words_still_read(extractor):
    facts = facts_of(extractor, "中国从1979至1991生产了59式坦克。", "zh")
    assert ("Type 59 tank", "introduced_year", "1979") in facts
