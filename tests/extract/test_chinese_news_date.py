"""A date right before a Chinese word of reporting ("2011年5月3日报道", reported on 3 May 2011) dates the news, not
the making the news tells of. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_the_day_of_the_report_is_no_introduction(extractor: Extractor) -> None:
    facts = facts_of(extractor, "一家杂志2011年5月3日报道,巴基斯坦已在本国生产59式坦克的改进型。", "zh")
    assert not any(r == "introduced_year" and o == "2011" for _, r, o in facts)


def test_a_year_of_making_without_a_report_still_dates(extractor: Extractor) -> None:
    facts = facts_of(extractor, "巴基斯坦从1990年开始生产69式坦克。", "zh")
    assert ("Type 69 tank", "introduced_year", "1990") in facts
