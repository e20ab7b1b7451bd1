"""Where adjectives follow their noun, a country's adjective on a kind of product, then that kind's complement
("de combate"), then the name (or a word of model in brackets that opens it): the name is that country's."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang", [
    ("Vimos caças russos de combate (modelo Su-30) no desfile.", "pt"),
    ("En la feria se vieron cazas rusos de combate (modelo Su-30).", "es"),
])
def test_the_adjective_reaches_past_the_complement(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("Su-30", "made_in_country", "Russia") in facts, facts


def test_a_country_in_the_complement_stops_it(extractor):
    facts = facts_of(extractor, "Vimos caças russos de combate de Angola (modelo Su-30) no desfile.", "pt")
    assert ("Su-30", "made_in_country", "Russia") not in facts, facts
