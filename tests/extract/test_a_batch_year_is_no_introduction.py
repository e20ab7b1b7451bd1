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


@pytest.mark.parametrize(("text", "lang", "year"), [
    # ("another batch", "a batch of" in the Romance languages: the year is that lot's)
    ("En 1984 la fuerza aérea incorporó otro lote de doce MiG-23.", "es", "1984"),
    ("Em 1990 foi incorporado outro lote de oito Mi-24 à frota.", "pt", "1990"),
    ("Nel 1979 entrò in servizio un altro lotto di venti MiG-23.", "it", "1979"),
    ("En 1982, un autre lot de vingt MiG-23 fut mis en service.", "fr", "1982"),
    ("În 1985 a intrat în dotare un alt lot de zece MiG-23.", "ro", "1985"),
])
def test_another_lot_in_a_romance_language_dates_no_introduction(extractor: Extractor, text: str, lang: str,
                                                                 year: str) -> None:
    found = {f.object for f in extractor.extract_text(text, "t", lang) if f.relation == "introduced_year"}
    assert year not in found


@pytest.mark.parametrize(("text", "lang", "year"), [
    ("El primer lote de MiG-23 se incorporó en 1978.", "es", "1978"),
    ("O primeiro lote de Mi-24 entrou em serviço em 1979.", "pt", "1979"),
])
def test_the_first_lot_in_a_romance_language_still_dates_the_start(extractor: Extractor, text: str, lang: str,
                                                                   year: str) -> None:
    found = {f.object for f in extractor.extract_text(text, "t", lang) if f.relation == "introduced_year"}
    assert year in found
