"""A year right after a word for "model of" ("образца 1947 года", "obraztsa 1947", "wzór 1938") is part
of the design's name, not a date: a word of introduction in the sentence takes its other year.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _years(extractor: Extractor, text: str, lang: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t.txt", lang) if f.relation == "introduced_year"}


@pytest.mark.parametrize(("text", "lang"), [
    ("In 1951 the rifle, known as the Automat Kalashnikova obraztsa 1947, entered service.", "en"),
    ("В 1951 году автомат, названный автоматом Калашникова образца 1947 года, принят на вооружение.", "ru"),
])
def test_the_model_year_dates_nothing(extractor: Extractor, text: str, lang: str) -> None:
    years = _years(extractor, text, lang)
    assert "1947" not in years, years
    assert "1951" in years, years
