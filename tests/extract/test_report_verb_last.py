"""Where the verb ends its clause, a full date set off at the start of a sentence whose last verb is one of reporting
dates the news, not what it tells."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of


def _years(extractor, text: str, lang: str) -> set[str]:
    return {o for _, r, o in facts_of(extractor, text, lang) if r == "introduced_year"}


@pytest.mark.parametrize(("text", "lang"), [
    ("J-15は中国の艦上戦闘機である。2015年3月2日、ある新聞はJ-15の量産開始について軍が説明したと伝えた。", "ja"),
    ("J-15는 중국의 함재 전투기이다. 2015년 3월 2일, 한 신문은 J-15의 양산이 시작되었다고 보도했다.", "ko"),
])
def test_a_dated_report_gives_no_introduction_year(extractor, text, lang):
    assert "2015" not in _years(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("J-15は中国の艦上戦闘機である。2015年、J-15の量産が始まった。", "ja"),
    ("J-15は中国の艦上戦闘機である。新聞は2015年にJ-15の量産が始まったと伝えた。", "ja"),
])
def test_a_year_inside_what_is_told_or_without_a_report_stays(extractor, text, lang):
    assert "2015" in _years(extractor, text, lang)
