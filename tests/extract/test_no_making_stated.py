"""Sentences that name a country and a design but say nothing of where the design was made: an industry's country
that only holds drawings, a people a clause apart from a maker noun.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.fixture(scope="module")
def extractor(small_extractor: Extractor) -> Extractor:
    return small_extractor


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In 1961 Egypt bought a licence for the RPG-7 and built it near Cairo."),
    ("fr", "En 1961, l'Égypte a acquis une licence et a fabriqué le RPG-7."),
])
def test_a_licence_bought_and_a_making_place_it(extractor: Extractor, lang: str, text: str) -> None:
    assert ("RPG-7", "made_in_country", "Egypt") in facts_of(extractor, text, lang)


def test_an_industry_that_holds_drawings_makes_nothing(extractor: Extractor) -> None:
    text = "L'industrie égyptienne avait reçu les plans du RPG-7 ; il lui manquait encore des machines."
    facts = facts_of(extractor, text, "fr")
    assert ("RPG-7", "made_in_country", "Egypt") not in facts, facts


def test_hungarian_based_on_with_its_case_ending(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Az AMD-65 a szovjet AKM-re épülő fegyver.", "hu")
    assert ("AMD-65", "derived_from", "AKM") in facts, facts


def test_a_people_a_clause_apart_from_a_maker_noun_made_nothing(extractor: Extractor) -> None:
    text = "L'usine avait reçu les plans du RPG-7, mais les Égyptiens n'avaient pas assez d'ouvriers."
    facts = facts_of(extractor, text, "fr")
    assert ("RPG-7", "made_in_country", "Egypt") not in facts, facts
