"""A date that opens a Chinese sentence, its month and day after the year and a comma (ASCII or full-width) setting
it off, stands in the clause after the comma: where that clause ends the service ("退出现役") and a later clause only
names the service that ended, the year is the end's, no introduction. Sentences of our own; they prove behaviour,
not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "1999年6月1日,埃及空军的最后一批歼-6全部退出了现役,就此结束了二十多年的服役生涯。",
    "1999年6月，埃及空军的歼-6全部退出现役，结束了它们的服役。",
    "1999年,埃及空军的歼-6全部退出了现役,从而结束了服役。",
])
def test_a_fronted_date_of_an_end_is_no_introduction(extractor: Extractor, text: str) -> None:
    assert ("Shenyang J-6", "introduced_year", "1999") not in facts_of(extractor, text, "zh")


def test_a_fronted_full_date_still_dates_a_start(extractor: Extractor) -> None:
    facts = facts_of(extractor, "1965年3月,歼-6开始装备埃及空军。", "zh")
    assert ("Shenyang J-6", "introduced_year", "1965") in facts
