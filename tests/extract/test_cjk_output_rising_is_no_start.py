"""A year in which a plant's output rose to a level ("1966年年产量提高到两万支") is that milestone's year, not the
year the design came in; the year its making began still is.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "late"), [
    ("1957年,该厂开始生产64式手枪,1966年年产量提高到两万支。", "1966"),
    ("1957年,該廠開始生產64式手槍,1966年產量增加到兩萬支。", "1966"),
])
def test_the_year_output_rose_is_no_introduction(extractor: Extractor, text: str, late: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert ("Type 64", "introduced_year", "1957") in facts, facts
    assert not [f for f in facts if f[1] == "introduced_year" and f[2] == late], facts
