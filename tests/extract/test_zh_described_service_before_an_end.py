"""Chinese sets a clause before a name with "的" ("服役四十年的歼-6", the J-6 that served forty years):
where the sentence's own verb after the name is an end ("退役", "退出"), the year is the end's, not the start of
service. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "2005年,服役四十年的歼-6退出现役。",
    "2005年5月,服役四十年的殲-6全部退役。",
    "2008年,服役多年的歼-6最后退出了部队。",
])
def test_year_of_the_end_is_no_start(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert not any(r == "introduced_year" for _, r, _ in facts), facts


@pytest.mark.parametrize("text, year", [
    ("歼-6于1964年服役,2010年退出空军序列。", "1964"),
    ("1964年,首批歼-6交付空军使用。", "1964"),
])
def test_start_still_read(extractor: Extractor, text: str, year: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert ("Shenyang J-6", "introduced_year", year) in facts, facts
    assert ("Shenyang J-6", "introduced_year", "2010") not in facts, facts
