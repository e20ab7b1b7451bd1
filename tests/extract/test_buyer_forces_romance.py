"""A buyer named by its forces in Romance languages, found missing on Latin American and Brazilian news pages.

These sentences were written for the tests: each proves one reading reaches the scorer (the country of the forces a
passive's word of the doer names after a word of buying bought the design; a force's own name of capitalised words
between it and "of" keeps the country its owner; the adjectives of Latin American and Lusophone states are countries),
never how well extraction does on real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "subject", "obj"), [
    # bought by a force a country's adjective names, the seller after it
    ("Doze helicópteros Mi-24 foram adquiridos pela Força Aérea Brasileira em 2009 junto à Rússia.", "pt",
     "Mi-24", "Brazil"),
    ("Diez tanques T-72 fueron comprados por el Ejército Argentino a Rusia.", "es", "T-72", "Argentina"),
    ("Otto elicotteri Mi-17 furono acquistati dall'Esercito Messicano dalla Russia.", "it", "Mi-17", "Mexico"),
    # a force's name of capitalised words between the force word and "of"
    ("El Ejército Popular de Bolivia compró veinte tanques T-55 a Rusia.", "es", "T-55", "Bolivia"),
    ("A Força Aérea Nacional de Angola comprou seis caças MiG-21 à Rússia.", "pt", "MiG-21", "Angola"),
])
def test_buyer_by_its_forces(extractor: Extractor, text: str, lang: str, subject: str, obj: str) -> None:
    assert (subject, "exported_to", obj) in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # the seller stays no buyer
    ("Doze helicópteros Mi-24 foram adquiridos pela Força Aérea Brasileira em 2009 junto à Rússia.", "pt"),
    ("El Ejército Popular de Bolivia compró veinte tanques T-55 a Rusia.", "es"),
])
def test_seller_is_no_buyer(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not any(r == "exported_to" and o == "Russia" for _, r, o in facts), facts
