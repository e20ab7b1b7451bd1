"""Where adjectives follow their noun, a country's adjective on a kind of product, then that kind's complement
("de transporte"), then the name (or a word of model in brackets that opens it): the name is that country's."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang", [
    ("Vimos helicópteros russos de transporte (modelo Mi-17) no desfile.", "pt"),
    ("En la feria se vieron helicópteros rusos de transporte (modelo Mi-17).", "es"),
])
def test_the_adjective_reaches_past_the_complement(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("Mi-17", "made_in_country", "Russia") in facts, facts


def test_a_country_in_the_complement_stops_it(extractor):
    facts = facts_of(extractor, "Vimos helicópteros russos de transporte de Moçambique (modelo Mi-17) no desfile.",
                     "pt")
    assert ("Mi-17", "made_in_country", "Russia") not in facts, facts
