"""A word for a kind of product right followed by "from" and a country, its name then given after a few words of
type ("of the type BMP-1"): the named design comes from that country."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang", [
    ("Het leger had nog veel gevechtsvoertuigen uit de Sovjet-Unie van het type BMP-1 in de opslag.", "nl"),
    ("The army kept many vehicles from the USSR of the BMP-1 type in storage.", "en"),
])
def test_the_named_type_comes_from_the_country(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("BMP-1", "made_in_country", "Soviet Union") in facts, facts
