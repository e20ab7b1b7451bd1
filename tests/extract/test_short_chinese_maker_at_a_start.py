"""A maker's short Chinese name of two characters ("西飞", the Xi'an works) reads as that maker after a date's year
and before a word of starting ("1966年西飞开始生产", in 1966 Xi'an began to make), as it does before a word of
making.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "1966年西飞开始生产轰-6。",
    "西飛開始生產轟-6。",
])
def test_the_short_name_is_the_maker(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert any(f[1:] == ("manufactured_by", "Xi'an Aircraft Industrial Corporation") for f in facts), facts


def test_no_maker_inside_another_word(extractor: Extractor) -> None:
    facts = facts_of(extractor, "去年西飞往北京的航班增加了。", "zh")
    assert not [f for f in facts if f[1] == "manufactured_by"], facts
