"""A count before a design's name and its word of kind ("some 400 T-72 tanks had been built by 1990") is how many
were made by a date, not the year the design came in, as it is without the kind word.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _years(extractor: Extractor, text: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t.txt", "en") if f.relation == "introduced_year"}


@pytest.mark.parametrize(("text", "year"), [
    ("Some 400 T-72 tanks had been built by 1990.", "1990"),
    ("By 2005, about 150 Y-8 aircraft had been produced.", "2005"),
])
def test_a_count_of_units_with_a_kind_word_dates_no_start(extractor: Extractor, text: str, year: str) -> None:
    assert year not in _years(extractor, text)


def test_the_first_units_still_date_the_start(extractor: Extractor) -> None:
    assert "1973" in _years(extractor, "The first T-72 tanks were built in 1973.")
