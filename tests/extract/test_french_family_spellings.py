"""Designs that French texts name by a word alone, in the French transliteration ("Bouk", "Smertch", "Totchka"),
are the registry's families, as the English spellings are. Sentences of our own; they prove behaviour, not
quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("text", "design"), [
    ("Entre 2006 et 2010, la Russie a livré au Venezuela plusieurs batteries de missiles Bouk-M2.", "9K37 Buk"),
    ("Entre 2006 et 2010, la Russie a livré au Venezuela plusieurs systèmes Bouk de défense antiaérienne.",
     "9K37 Buk"),
    ("Entre 2006 et 2010, la Russie a livré au Venezuela plusieurs lance-roquettes Smertch.", "BM-30 Smerch"),
    ("Entre 2006 et 2010, la Russie a livré à la Syrie plusieurs missiles Totchka-U.", "OTR-21 Tochka"),
])
def test_the_french_spelling_names_the_family(extractor: Extractor, text: str, design: str) -> None:
    facts = facts_of(extractor, text, "fr")
    assert any(s == design and r == "exported_to" for s, r, _ in facts), facts


def test_a_hurricane_is_no_rocket_launcher(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Un ouragan a détruit en 2005 une usine de Kharkov qui fabriquait des chars.", "fr")
    assert not any(s == "BM-27 Uragan" for s, _, _ in facts), facts
