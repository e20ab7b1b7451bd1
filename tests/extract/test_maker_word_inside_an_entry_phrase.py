"""A maker's word inside a longer phrase of entry into service ("aceptado en el arsenal", taken into the forces'
stock) names no plant: the country of the forces is no place of making. A plant word of its own still is.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_taken_into_the_stock_is_no_making(extractor):
    text = "En 1963 el fusil SVD quedó aceptado en el arsenal de las tropas de la Unión Soviética."
    facts = facts_of(extractor, text, "es")
    assert ("SVD", "made_in_country", "Soviet Union") not in facts, facts
    assert ("SVD", "introduced_year", "1963") in facts, facts


def test_a_plant_word_of_its_own_still_places_the_making(extractor):
    facts = facts_of(extractor, "El fusil PSL se fabrica en el arsenal de Cugir, en Rumania.", "es")
    assert ("PSL", "made_in_country", "Romania") in facts, facts
