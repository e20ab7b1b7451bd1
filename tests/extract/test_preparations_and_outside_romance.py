"""Two words of Catalan, Portuguese and Romanian the other Romance files had: preparations for making date no start
of it ("els preparatius ... van començar el 1962"), as French "préparatifs" and Spanish "preparativos" do; and a
country after "fora de" (outside) is where nothing the sentence tells of happened, as Spanish "fuera de" is.
Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("ca", "A la fàbrica de Gliwice, els preparatius per a la producció de tancs T-55 van començar el 1962."),
    ("pt", "Na fábrica de Gliwice, os preparativos para a produção do tanque T-55 começaram em 1962."),
    ("ro", "La uzina din Gliwice, pregătirile pentru producția tancului T-55 au început în 1962."),
])
def test_preparations_date_no_introduction(extractor: Extractor, lang: str, text: str) -> None:
    assert not [o for _, r, o in facts_of(extractor, text, lang) if r == "introduced_year"]


def test_a_start_of_making_still_dates_it(extractor: Extractor) -> None:
    text = "La producció de tancs T-55 a Polònia va començar el 1964."
    assert ("T-55", "introduced_year", "1964") in facts_of(extractor, text, "ca")


def test_catalan_outside_names_no_place_of_making(extractor: Extractor) -> None:
    facts = facts_of(extractor, "El T-55 va ser produït i modernitzat fora de l'URSS.", "ca")
    assert ("T-55", "made_in_country", "Soviet Union") not in facts
