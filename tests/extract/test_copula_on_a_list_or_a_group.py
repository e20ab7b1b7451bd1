"""A copula that says what kind of product its subject is, with a country's adjective, gives the country to each name
of a list before it ("the T-54 and the T-55 are Soviet tanks"), and also where the kind is a group of designs ("es
una serie de tanques soviéticos")."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The BMP-1 and the BMP-2 are Soviet infantry fighting vehicles."),
    ("es", "Los BMP-1 y BMP-2 son vehículos de combate de infantería soviéticos."),
])
def test_each_name_of_a_list_before_the_copula(extractor, lang, text):
    facts = facts_of(extractor, text, lang)
    assert ("BMP-1", "made_in_country", "Soviet Union") in facts, facts
    assert ("BMP-2", "made_in_country", "Soviet Union") in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El T-62 es una familia de tanques medianos soviéticos."),
    ("fr", "Le T-62 est une série de chars moyens soviétiques."),
    ("it", "Il T-62 è una famiglia di carri armati sovietici."),
    ("pt", "O T-62 é uma família de tanques soviéticos."),
])
def test_a_group_of_designs_of_a_country(extractor, lang, text):
    assert ("T-62", "made_in_country", "Soviet Union") in facts_of(extractor, text, lang)


def test_a_plain_noun_before_of_is_no_group(extractor):
    facts = facts_of(extractor, "El T-62 es una amenaza de tanques soviéticos.", "es")
    assert ("T-62", "made_in_country", "Soviet Union") not in facts, facts


def test_a_list_after_another_clause_is_not_taken(extractor):
    facts = facts_of(extractor, "China copied the T-54 and the Type 59 is a Chinese tank.", "en")
    assert ("T-54", "made_in_country", "China") not in facts, facts
