"""Two countries' adjectives of one product, joined by "and" and words of sequence ("de fabrication soviétique puis
russe", "di costruzione sovietica e poi russa"), each say where it was made."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Le Mi-24 est un hélicoptère d'attaque de fabrication soviétique puis russe.", "fr"),
    ("Il Mi-24 è un elicottero d'attacco di costruzione sovietica e poi russa.", "it"),
    ("El Mi-24 es un helicóptero de ataque de fabricación soviética y luego rusa.", "es"),
])
def test_each_joined_adjective_places_the_making(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Mi-24", "made_in_country", "Soviet Union") in facts
    assert ("Mi-24", "made_in_country", "Russia") in facts
