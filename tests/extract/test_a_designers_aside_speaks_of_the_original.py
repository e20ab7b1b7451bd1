"""A phrase set off by a comma right after the original a copy word names, opening with a word of design and a
designer's name ("a copy of the AK-47, designed by Kalashnikov and made from 1949 at Izhmash"), speaks of the
original: the year and the maker it gives are the original's, not the copy's. A phrase whose designers are no known
designer's name stays with the copy.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Type 56 is a copy of the Soviet AK-47, designed by Mikhail Kalashnikov and made since 1949 at the "
           "Izhmash plant."),
    ("it", "Il Tipo 56 è una copia del fucile sovietico AK-47, progettato da Michail Kalašnikov e prodotto dal 1949 "
           "nella fabbrica Izhmash."),
    ("fr", "Le Type 56 est une copie du fusil soviétique AK-47, conçu par Mikhaïl Kalachnikov et fabriqué depuis "
           "1949 par l'usine Izhmash."),
    ("ro", "Type 56 este o copie a puștii sovietice AK-47, proiectată de Mihail Kalașnikov și fabricată din 1949 la "
           "uzina Izhmash."),
])
def test_a_designers_aside_dates_and_makes_the_original(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Type 56", "derived_from", "AK-47") in facts
    assert ("AK-47", "introduced_year", "1949") in facts, facts
    assert ("AK-47", "manufactured_by", "Izhmash") in facts, facts
    assert not any(s == "Type 56" and r in {"introduced_year", "manufactured_by"} for s, r, _ in facts), facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Type 56 is a copy of the AK-47, designed by Mikhail Kalashnikov and built in the Soviet Union."),
    ("it", "Il Tipo 56 è una copia dell'AK-47, progettato da Kalašnikov e costruito in Unione Sovietica."),
    ("fr", "Le Type 56 est une copie de l'AK-47, conçu par Kalachnikov et produit en URSS."),
])
def test_a_designers_aside_places_the_original(extractor: Extractor, lang: str, text: str) -> None:
    assert ("AK-47", "made_in_country", "Soviet Union") in facts_of(extractor, text, lang)


def test_an_aside_of_other_designers_stays_with_the_copy(extractor: Extractor) -> None:
    text = "The Type 56 is a copy of the AK-47, designed by Chinese engineers and made since 1956 by Norinco."
    assert ("Type 56", "manufactured_by", "Norinco") in facts_of(extractor, text, "en")
