"""A year that closes the phrase a word of war, split or crisis opens, with the word of making only after it and a
word between ("the split of 1960 caused production to stall"), dates the event, not the making, whichever of the two
words stands nearer the year.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The J-7 is a Chinese fighter. Work was going on when the split of 1960 caused production to stall."),
    ("vi", "J-7 là máy bay của Trung Quốc. Sự chia rẽ Xô-Trung năm 1960 làm cho việc sản xuất bị đình lại."),
])
def test_the_year_of_the_event_dates_no_making(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "introduced_year"], facts


@pytest.mark.parametrize(("text", "year"), [
    # (the making's own year after the event stays)
    ("The J-7 is a Chinese fighter. After the split of 1960, production began in 1966.", "1966"),
    # (a year the word of making follows right after it is the making's)
    ("The T-34-85 is a Soviet tank. During the war in 1944 production of the T-34-85 began.", "1944"),
])
def test_the_year_of_the_making_stays(extractor: Extractor, text: str, year: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert any(f[1] == "introduced_year" and f[2] == year for f in facts), facts
