"""Korean "교체용" / "대체용" (meant as a replacement) are words of replacing: the design a new one replaces takes
none of the new one's maker or years.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "폭풍호는 천마호의 교체용으로 개발된 것으로 ‘승리기계공장’에서 2005년부터 생산되고 있다.",
    "폭풍호는 천마호의 대체용으로 ‘승리기계공장’에서 생산되었다.",
])
def test_the_replaced_design_takes_no_maker(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "ko")
    assert ("Pokpung-ho", "manufactured_by", "승리기계공장") in facts, facts
    assert not [f for f in facts if f[0] == "Chonma-ho"], facts
