"""A phrase of purpose ("aimed at", "visant à", "con l'obiettivo di") before a word of making or adoption says what
was meant to happen: the year it gives dates no introduction."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("En 1977, l'état-major roumain a approuvé un projet visant à adopter le PSL.", "fr"),
    ("Nel 1977 l'esercito rumeno avviò un programma con l'obiettivo di adottare il PSL.", "it"),
    ("En 1977 el ejército rumano lanzó un programa con el objetivo de adoptar el PSL.", "es"),
    ("Em 1977 o exército romeno lançou um programa com o objetivo de adotar o PSL.", "pt"),
])
def test_a_purpose_dates_no_introduction(extractor: Extractor, text: str, lang: str) -> None:
    assert ("PSL", "introduced_year", "1977") not in facts_of(extractor, text, lang)
