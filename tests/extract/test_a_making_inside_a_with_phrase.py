"""A word of making and a country's adjective inside a phrase that a word for "with" opens after a design ("a
carbine with an Iranian-made optic", "con un mirino di fabbricazione cinese", "avec une lunette de fabrication
chinoise", "cu o lunetă de fabricație chinezească") say where the noun after "with" was made, a part of the design:
no place of making of the design. A design inside the phrase keeps the adjective ("armed with Chinese-made Type 56
rifles").

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("en", "Border troops carry a Siavash carbine with an Iranian-made night optic.", "Iran"),
    ("en", "The militia fielded Tabuk rifles with a few Chinese-made sights.", "China"),
    ("it", "L'esercito usa il fucile Tabuk con un mirino di fabbricazione cinese.", "China"),
    ("fr", "L'armée utilise le fusil Tabuk avec une lunette de fabrication chinoise.", "China"),
    ("ro", "Armata folosește pușca Tabuk cu o lunetă de fabricație chinezească.", "China"),
])
def test_a_making_after_with_is_the_parts(extractor: Extractor, lang: str, text: str, country: str) -> None:
    places = {(s, o) for s, r, o in facts_of(extractor, text, lang) if r == "made_in_country"}
    assert not any(o == country for _, o in places), places


def test_a_design_inside_the_with_phrase_keeps_its_making(extractor: Extractor) -> None:
    text = "The border guards were armed with Chinese-made Type 56 rifles."
    assert ("Type 56", "made_in_country", "China") in facts_of(extractor, text, "en")
