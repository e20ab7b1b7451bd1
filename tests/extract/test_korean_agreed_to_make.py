"""Korean "…생산하기로 합의하였다" (agreed to make): the agreement ends the clause, and a year in it is the year of the
agreement, no start of production; a year of making with no agreement is still one. Sentences of our own; they
prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "체코슬로바키아와 폴란드는 1975년 ZK-9라는 이름으로 ZK-7을 라이선스로 만들기로 최종 합의하였다.",
    "폴란드는 1975년에 ZK-7을 ZK-9라는 명칭으로 면허 생산하기로 합의했다.",
])
def test_the_year_of_an_agreement_to_make_is_no_introduction(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "ko")
    assert ("ZK-9", "licence_status", "licensed") in facts
    assert ("ZK-9", "introduced_year", "1975") not in facts


def test_a_year_of_making_is_still_an_introduction(extractor: Extractor) -> None:
    facts = facts_of(extractor, "폴란드는 1978년에 ZK-9의 양산을 시작했다.", "ko")
    assert ("ZK-9", "introduced_year", "1978") in facts
