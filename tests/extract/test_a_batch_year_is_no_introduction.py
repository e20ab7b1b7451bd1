"""The year of one lot of a design ("one batch of Type 56 rifles made in 1979") dates that lot, not the
design's introduction; the first batch still dates its start."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _years(extractor: Extractor, text: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t") if f.relation == "introduced_year"}


@pytest.mark.parametrize(("text", "year"), [
    ("Police traced the guns to one batch of Type 56 rifles made in 1979.", "1979"),
    ("Inspectors traced a batch of Type 81 rifles produced in 1990 to a dealer.", "1990"),
])
def test_a_lot_year_is_no_introduction(extractor: Extractor, text: str, year: str) -> None:
    assert year not in _years(extractor, text)


def test_the_first_batch_still_dates_the_start(extractor: Extractor) -> None:
    assert "1966" in _years(extractor, "The first batch of J-7 fighters was produced in 1966.")
