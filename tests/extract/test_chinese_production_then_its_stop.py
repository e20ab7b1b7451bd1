"""Chinese "生产停止" / "生产几乎停止" (production stopped, all but stopped): the word of making is the stop's
subject, so the year beside it is no introduction year.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "62式轻型坦克于1962年定型。1966年,由于动乱,生产几乎停止。",
    "62式輕型坦克於1962年定型。1966年,生產中斷。",
])
def test_the_year_of_the_stop_is_no_start(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert any(f[0].startswith("Type 62") and f[1:] == ("introduced_year", "1962") for f in facts), facts
    assert not [f for f in facts if f[1] == "introduced_year" and f[2] == "1966"], facts
