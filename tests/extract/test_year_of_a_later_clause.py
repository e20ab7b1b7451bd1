"""A word of making after a year, past a comma, whose own year follows it, does not take the year before it.

These sentences were written for the tests: each proves that a year a word of introduction governs keeps that word
where a clause after it ("..., with series production begun in 1963") makes with a year of its own, never how well
extraction does on real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "year"), [
    ("Il BMP-2 è un veicolo sovietico. Fu adottato in servizio nel 1974, con la produzione di serie "
     "cominciata nel 1982.", "it", "1974"),
    ("El BMP-2 es un vehículo soviético. Entró en servicio en 1974, con la producción en serie iniciada en 1982.",
     "es", "1974"),
    ("The BMP-2 is a Soviet vehicle. It entered service in 1974, with series production begun in 1982.",
     "en", "1974"),
])
def test_introduction_year_kept(extractor: Extractor, text: str, lang: str, year: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("BMP-2", "introduced_year", year) in facts, facts
