"""A year that a word of interrupting or suspending governs ("the war in 1967 interrupted production", "production
was suspended in 1971", "a split in 1960, halting support") dates a stop, not the start of production."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _years(extractor: Extractor, text: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t") if f.relation == "introduced_year"}


@pytest.mark.parametrize(("text", "year"), [
    ("The border war in 1979 interrupted production of the Type 69 tank.", "1979"),
    ("Production of the Lim-6 was suspended in 1971 for lack of engines.", "1971"),
    ("A quarrel in 1960 disrupted the deal, halting deliveries of tooling for the Type 59 plant.", "1960"),
])
def test_a_stop_year_is_no_introduction(extractor: Extractor, text: str, year: str) -> None:
    assert year not in _years(extractor, text)


def test_a_start_year_still_is(extractor: Extractor) -> None:
    assert "1966" in _years(extractor, "Production of the Type 69 tank began in 1966.")
