"""A year with a word for "type" that a slash joins to a designation of letters and a year ("TT1930/1933式") is that
designation's second model year, no Chinese "Type 33" of its own; a year-type standing alone still is one.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "五一式手枪由我国工厂仿制苏联TT1930/1933式手枪,于1951年投产。",
    "五一式手槍由我國工廠仿製蘇聯TT1930/1933式手槍,於1951年投產。",
])
def test_no_type_of_the_second_year(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert not [f for f in facts if "33" in f[0] or "33" in f[2]], facts
    assert any(f[1] == "derived_from" and f[2] == "TT-30" for f in facts), facts


def test_a_year_type_alone_is_a_type(extractor: Extractor) -> None:
    facts = facts_of(extractor, "1959年式坦克由我国工厂制造。", "zh")
    assert any(f[0] == "Type 59 tank" for f in facts), facts
