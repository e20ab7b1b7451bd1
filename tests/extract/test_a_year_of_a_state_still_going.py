"""A year a word for "still" follows in its clause ("as of 2023 it is still in use", "2023 noch im Einsatz") dates a
state that goes on, not the design's introduction; a year that "and" or a comma parts from the word keeps its own
reading."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _years(extractor: Extractor, text: str, lang: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t", lang) if f.relation == "introduced_year"}


@pytest.mark.parametrize(("text", "lang"), [
    ("The T-55 is the most produced tank in history, and as of 2023 it is still in use.", "en"),
    ("Der T-55 wurde in großer Zahl gebaut und ist 2023 noch im Einsatz.", "de"),
    ("De T-55 is de meest geproduceerde tank en is in 2023 nog in gebruik.", "nl"),
    ("T-55 tillverkades i stort antal och är 2023 fortfarande i bruk.", "sv"),
    ("T-55 on historian eniten valmistettu panssarivaunu, ja vuonna 2023 se on yhä käytössä.", "fi"),
    ("El T-55 es el tanque más producido de la historia y en 2023 sigue en uso.", "es"),
    ("A T-55 é o tanque mais produzido da história e em 2023 ainda está em uso.", "pt"),
    ("Le T-55 est le char le plus produit de l'histoire et en 2023 il est encore en usage.", "fr"),
])
def test_a_year_of_a_state_still_going_is_no_start(extractor: Extractor, text: str, lang: str) -> None:
    assert "2023" not in _years(extractor, text, lang)


def test_a_start_that_and_parts_from_still_stays(extractor: Extractor) -> None:
    assert "1958" in _years(extractor, "The T-55 was produced from 1958 and is still in use today.", "en")
