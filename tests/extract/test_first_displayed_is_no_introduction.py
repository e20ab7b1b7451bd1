"""A year of a design's first public showing ("first publicly displayed in 1963", "first presented in 1972") is a
trial's, no introduction year, even where the sentence goes on to its entry into service without a year."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _years(extractor: Extractor, text: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t") if f.relation == "introduced_year"}


@pytest.mark.parametrize(("text", "year"), [
    ("In 1964 the BM-21 launcher, publicly displayed on Red Square, had not yet entered service.", "1964"),
    ("The Type 86 was first displayed in 1984 and entered service some years on.", "1984"),
])
def test_a_showing_year_is_no_introduction(extractor: Extractor, text: str, year: str) -> None:
    assert year not in _years(extractor, text)


def test_a_service_year_still_is(extractor: Extractor) -> None:
    assert "1987" in _years(extractor, "The Type 86 entered service in 1987.")
