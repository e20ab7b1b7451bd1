"""The Democratic Republic of the Congo as Russian, Ukrainian and Belarusian texts name it ("Демократическая
Республика Конго", "ДР Конго"; CLDR names it "Конго – Киншаса", which texts seldom write), in its cases.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _exports(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t", lang) if f.relation == "exported_to"}


@pytest.mark.parametrize(("text", "lang"), [
    ("В 2010 году Украина продала 30 танков Т-64 в Демократическую Республику Конго.", "ru"),
    ("Украина продала 30 танков Т-64 в ДР Конго.", "ru"),
    ("Україна поставила 30 танків Т-64 Демократичній Республіці Конго у 2010 році.", "uk"),
    ("Украіна прадала 30 танкаў Т-64 у Дэмакратычную Рэспубліку Конга.", "be"),
])
def test_the_congo_by_its_full_name(extractor: Extractor, text: str, lang: str) -> None:
    assert ("T-64", "Democratic Republic of the Congo") in _exports(extractor, text, lang)
