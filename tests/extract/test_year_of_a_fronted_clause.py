"""A year in a clause set off before the main one ("Developed from the T-64 in 1971, the T-72 entered service in
1973") dates no introduction where the only word of introduction stands past the comma with a year of its own.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "first", "product", "year"), [
    ("Developed from the T-64 in 1971, the T-72 entered service in 1973.", "1971", "T-72", "1973"),
    ("Designed on the basis of the BMP-1 in 1974, the BMP-2 was adopted in 1980.", "1974", "BMP-2", "1980"),
])
def test_the_fronted_year_dates_nothing(extractor: Extractor, text: str, first: str, product: str,
                                        year: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert (product, "introduced_year", year) in facts, facts
    assert not any(rel == "introduced_year" and obj == first for _, rel, obj in facts), facts


@pytest.mark.parametrize(("text", "first", "product", "year"), [
    ("Romania obtained the BM-21 drawings in 1969 and produced the APR-40 from 1972.", "1969", "BM-21 Grad", "1972"),
    ("China received the MiG-21 documents in 1961 and produced the J-7 from 1966.", "1961", "MiG-21", "1966"),
])
def test_a_year_before_and_and_another_word_with_its_own_year_dates_nothing(
        extractor: Extractor, text: str, first: str, product: str, year: str) -> None:
    # (the year of the clause before "and" goes with that clause's verb, not with the word of making after it)
    facts = facts_of(extractor, text, "en")
    assert (product, "introduced_year", first) not in facts, facts
