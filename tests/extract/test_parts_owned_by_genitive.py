"""Where the owner comes first, a design marked as the owner of a part word ("T-54Aのパーツ", "T-62의 부품") is not
what the sentence makes, places or sends: its parts are.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of

_PARTS_SAY_NOTHING = {"made_in_country", "manufactured_by", "introduced_year", "exported_to"}


@pytest.mark.parametrize(("text", "lang", "owner"), [
    ("この戦車は1957年から第五工場で、輸入したT-54Aのパーツを組み立てて作られた。", "ja", "T-54A"),
    ("新型戦車はルーマニアの工場でソ連製T-55の部品を使い1962年から組み立てられた。", "ja", "T-55"),
    ("신형 전차는 평양의 공장에서 소련이 보낸 T-62의 부품을 조립해 1979년부터 생산했다.", "ko", "T-62"),
])
def test_the_owner_of_the_parts_is_not_what_is_made(small_extractor: Extractor, text: str, lang: str,
                                                    owner: str) -> None:
    facts = facts_of(small_extractor, text, lang)
    assert not [f for f in facts if f[0] == owner and f[1] in _PARTS_SAY_NOTHING], facts


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # (the design that opens the sentence is still the one made, in the year given)
    ("59式戦車は第617工場で、輸入したT-54Aのパーツを組み立てる形で1956年から生産された。", "ja",
     ("Type 59", "introduced_year", "1956")),
    ("59식 전차는 소련이 공급한 T-54A의 부품을 조립해 1956년부터 생산했다.", "ko",
     ("Type 59", "introduced_year", "1956")),
])
def test_the_design_made_keeps_its_year(small_extractor: Extractor, text: str, lang: str,
                                        expected: tuple[str, str, str]) -> None:
    assert expected in facts_of(small_extractor, text, lang)
