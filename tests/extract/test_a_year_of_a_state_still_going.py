"""A year a word for "still" follows in its clause ("as of 2023 it is still in use", "2023 noch im Einsatz") dates a
state that goes on, not the design's introduction; a year that "and" or a comma parts from the word keeps its own
reading."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _years(extractor: Extractor, text: str, lang: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t", lang) if f.relation == "introduced_year"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Many armies bought the T-55 over the decades, and as of 2023 it is still in use.", "en"),
    ("Viele Armeen übernahmen den T-55, und 2023 ist er noch im Einsatz.", "de"),
    ("Veel legers namen de T-55 over en in 2023 is hij nog in gebruik.", "nl"),
    ("Många arméer tog över T-55, och 2023 är den fortfarande i bruk.", "sv"),
    ("Monet armeijat ottivat T-55:n käyttöön, ja vuonna 2023 se on yhä käytössä.", "fi"),
    ("Muchos ejércitos adoptaron el T-55 y en 2023 sigue en uso.", "es"),
    ("Muitos exércitos adotaram o T-55 e em 2023 ainda está em uso.", "pt"),
    ("De nombreuses armées ont adopté le T-55 et en 2023 il est encore en usage.", "fr"),
])
def test_a_year_of_a_state_still_going_is_no_start(extractor: Extractor, text: str, lang: str) -> None:
    assert "2023" not in _years(extractor, text, lang)


def test_a_start_that_and_parts_from_still_stays(extractor: Extractor) -> None:
    assert "1958" in _years(extractor, "The T-55 was produced from 1958 and is still in use today.", "en")
