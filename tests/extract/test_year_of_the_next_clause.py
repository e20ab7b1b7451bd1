"""A year past a clause mark after a word of introduction, where the word's own clause holds a year of its own and
the later year's clause a doing of its own ("was adopted in 1952, in 1956 the works began to copy it"), dates
that later doing, not the entry into service.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "1952年米格-17正式服役,1956年沈飞开始仿制歼-5。",
    "米格-17于1952年服役,1956年工厂开始仿制出歼-5。",
    "1952年米格-17正式服役，1956年瀋飛開始仿製殲-5。",
])
def test_the_next_clause_keeps_its_year(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    years = [f for f in facts if f[0] == "MiG-17" and f[1] == "introduced_year"]
    assert ("MiG-17", "introduced_year", "1952") in [f[:3] for f in years], facts
    assert not [f for f in years if f[2] == "1956"], facts
