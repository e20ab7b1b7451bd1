"""A word for "also" glued right before a word of making in a script without spaces ("还生产了", "也曾生产") says a
further making, not the first: the year it stands with is no introduction, as "was also produced in 1975" is none.
Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "1970年到1972年间,这家工厂还生产了出口用的69式火箭筒3000具。",
    "1970年至1972年,這家工廠還生產了3000具69式火箭筒。",
    "1970至1972年期间,该厂亦生产了大批69式火箭筒。",
])
def test_an_also_making_in_a_period_is_no_start(extractor: Extractor, text: str) -> None:
    assert ("Type 69 RPG", "introduced_year", "1970") not in facts_of(extractor, text, "zh")


def test_a_first_making_in_a_period_still_starts(extractor: Extractor) -> None:
    facts = facts_of(extractor, "1970至1972年期间,该厂生产了大批69式火箭筒。", "zh")
    assert ("Type 69 RPG", "introduced_year", "1970") in facts
