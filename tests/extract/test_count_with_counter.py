"""Where the owner comes first, a count with its counter word beside a word of making says how many units were made
that year, not when the design came in."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of


def _years(extractor, text: str, lang: str) -> set[str]:
    return {o for _, r, o in facts_of(extractor, text, lang) if r == "introduced_year"}


@pytest.mark.parametrize(("text", "lang"), [
    ("69式戦車は中国の戦車である。1983年には700輌が生産された。", "ja"),
    ("69式坦克是中国的坦克。1983年共生产了700辆。", "zh"),
    ("69식 전차는 중국의 전차이다. 1983년에 700대가 생산되었다.", "ko"),
])
def test_a_count_of_units_made_is_no_start(extractor, text, lang):
    assert "1983" not in _years(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("69式戦車は中国の戦車である。1983年に69式戦車が生産された。", "ja"),
    ("69式坦克是中国的坦克。1983年开始生产。", "zh"),
])
def test_a_name_before_the_verb_is_no_count(extractor, text, lang):
    assert "1983" in _years(extractor, text, lang)
