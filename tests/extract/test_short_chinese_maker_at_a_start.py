"""A maker's short Chinese name of two characters ("哈飞", the Harbin works) reads as that maker after a date's year
and before a word of starting ("1958年哈飞开始生产", in 1958 Harbin began to make), as it does before a word of
making.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "1958年哈飞开始生产直-5。",
    "哈飛開始生產直-5。",
])
def test_the_short_name_is_the_maker(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert any(f[1:] == ("manufactured_by", "Harbin Aircraft Industry Group") for f in facts), facts


def test_no_maker_inside_another_word(extractor: Extractor) -> None:
    facts = facts_of(extractor, "去年西飞往北京的航班增加了。", "zh")
    assert not [f for f in facts if f[1] == "manufactured_by"], facts
