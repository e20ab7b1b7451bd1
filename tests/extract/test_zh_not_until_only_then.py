"""Chinese says "not until" with 直到 before the date and 才 glued after it ("直到1963年才定型", finalised only in
1963): the year is when the design came in, not the end of a period; a halt after 才 stays an end. Sentences of our
own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_only_then_makes_the_year_a_start(extractor: Extractor) -> None:
    facts = facts_of(extractor, "这种直升机的仿制拖了很久,直-5直到1963年才批准定型。", "zh")
    assert ("Harbin Z-5", "introduced_year", "1963") in facts, facts


def test_a_month_may_stand_between(extractor: Extractor) -> None:
    facts = facts_of(extractor, "运-5直到1958年12月才正式定型。", "zh")
    assert ("Nanchang Y-5", "introduced_year", "1958") in facts, facts


def test_until_alone_still_ends_a_period(extractor: Extractor) -> None:
    facts = facts_of(extractor, "直-5一直生产到1980年,直到1980年都在工厂里造。", "zh")
    assert not any(r == "introduced_year" and o == "1980" for _, r, o in facts), facts


def test_a_halt_only_then_is_no_start(extractor: Extractor) -> None:
    facts = facts_of(extractor, "直-5直到1980年才停产。", "zh")
    assert not any(r == "introduced_year" and o == "1980" for _, r, o in facts), facts
