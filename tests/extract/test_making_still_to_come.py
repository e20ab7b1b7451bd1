"""A making still to come ("production is to start in 2027": a noun of making, its object, then a word of plan)
gives no year of making yet; the same sentence told as done still does."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _facts(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.relation, f.object) for f in extractor.extract_text(text, "t", lang)}


@pytest.mark.parametrize(("text", "lang", "fact"), [
    # Polish "ma ruszyć" (is to start) after the noun of making and its object
    ("Produkcja śmigłowców Mi-2 ma ruszyć w 2027 roku.", "pl", ("Mi-2", "introduced_year", "2027")),
    ("Seryjna produkcja wozów BMP-1 ma się rozpocząć w 2027 roku.", "pl", ("BMP-1", "introduced_year", "2027")),
    # the same order in Czech, with a word of plan the file already lists ("má být")
    ("Výroba tanků T-72 má být zahájena v roce 2027.", "cs", ("T-72", "introduced_year", "2027")),
])
def test_a_making_still_to_come_gives_no_fact(extractor: Extractor, text: str, lang: str,
                                              fact: tuple[str, str, str]) -> None:
    assert fact not in _facts(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Produkcja śmigłowców Mi-2 ruszyła w 1965 roku.", "pl", ("Mi-2", "introduced_year", "1965")),
    ("Výroba tanků T-72 byla zahájena v roce 1981.", "cs", ("T-72", "introduced_year", "1981")),
])
def test_the_same_making_told_as_done_still_does(extractor: Extractor, text: str, lang: str,
                                                 fact: tuple[str, str, str]) -> None:
    assert fact in _facts(extractor, text, lang)
