"""A word of design that heads what a word of making made ("a pre-series batch of the T-72 was made in 1970") dates
a trial batch, not the design's coming in; a design and a making joined by "and" ("developed and produced in 1973")
still date the making."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _years(extractor: Extractor, text: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t") if f.relation == "introduced_year"}


@pytest.mark.parametrize("text", [
    "A pre-series batch of the T-72 was made in 1970.",
    "A zero series of the BMP-2 was built in 1977.",
])
def test_a_pre_series_made_is_no_introduction(extractor: Extractor, text: str) -> None:
    assert _years(extractor, text) == set()


@pytest.mark.parametrize(("text", "year"), [
    ("The T-72 was developed and produced in 1973.", "1973"),
    ("The design bureau in Kharkiv made the T-64 from 1964.", "1964"),
    ("After the pre-series, the T-72 was made in series from 1973.", "1973"),
    # (a making with its own name right after it is another clause's)
    ("The pre-series trials went on and production of the T-72 began in 1973.", "1973"),
])
def test_a_making_beside_a_word_of_design_still_dates(extractor: Extractor, text: str, year: str) -> None:
    assert year in _years(extractor, text)
