"""A year past a clause mark after a word of introduction, where the word's own clause holds a year of its own and
the later year's clause a doing of its own ("entered service in 1952, in 1958 the plant began to copy it"), dates
that later doing, not the entry into service.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "1952年米-4正式服役,1958年哈飞开始仿制直-5。",
    "米-4于1952年入役,1958年工厂开始仿制出直-5。",
    "1952年米-4正式入役，1958年哈飛開始仿製直-5。",
])
def test_the_next_clause_keeps_its_year(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    years = [f for f in facts if f[0] == "Mi-4" and f[1] == "introduced_year"]
    assert ("Mi-4", "introduced_year", "1952") in [f[:3] for f in years], facts
    assert not [f for f in years if f[2] == "1958"], facts
