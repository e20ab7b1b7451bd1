"""Korean and Japanese write the English word "type" in their own letters before a number ("타입 59", "타이프 59",
"タイプ59"): the number is a Type designation, and a country's adjective before it is that design's.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("그 나라는 1960년대에 만들어진 중국제 타입 59 전차를 가지고 있다.", "ko"),
    ("그 나라는 오래전에 만들어진 중국제 타이프 59 전차 몇 대를 가지고 있다.", "ko"),
    ("その国は1960年代に作られた中国製のタイプ59戦車を持っている。", "ja"),
])
def test_the_type_word_makes_a_designation(small_extractor: Extractor, text: str, lang: str) -> None:
    assert ("Type 59", "made_in_country", "China") in facts_of(small_extractor, text, lang)


def test_the_adjective_is_not_read_back_onto_a_list(small_extractor: Extractor) -> None:
    # (an adjective of making before the type's name belongs to it, not to the names listed before it)
    text = "그 나라는 T-54, T-62 전차와 60년대에 만들어진 중국제 타이프 59 전차를 가지고 있다."
    facts = facts_of(small_extractor, text, "ko")
    assert not [f for f in facts if f[0] in {"T-54", "T-62"} and f[1] == "made_in_country"], facts
