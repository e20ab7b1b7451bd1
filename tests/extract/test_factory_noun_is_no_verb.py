"""Spanish and Portuguese write the noun "fábrica" (a factory) and the verb "fabrica" (makes) with the same
letters save one accent: the noun is a plant, no word of making, and the verb still is one. A form the language
file writes as it is written (`==fabrica`) is matched so also where it comes as an inflected form of another entry
(simplemma's forms of "fabricar")."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Los técnicos soviéticos visitaron la fábrica del fusil Zolfa en 1975.", "es"),
    ("Os técnicos soviéticos visitaram a fábrica do fuzil Zolfa em 1975.", "pt"),
])
def test_a_factory_visited_dates_no_making(extractor: Extractor, text: str, lang: str) -> None:
    assert not {f for f in facts_of(extractor, text, lang) if f[1] == "introduced_year"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Hoy Rumanía fabrica el fusil Zolfa.", "es"),
    ("Hoje a Romênia fabrica o fuzil Zolfa.", "pt"),
])
def test_the_verb_still_makes(extractor: Extractor, text: str, lang: str) -> None:
    assert ("Zolfa", "made_in_country", "Romania") in facts_of(extractor, text, lang)
