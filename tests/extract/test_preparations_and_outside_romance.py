"""Two words of Catalan, Portuguese and Romanian the other Romance files had: preparations for making date no start
of it ("els preparatius ... es van iniciar el 1975"), as French "préparatifs" and Spanish "preparativos" do; and a
country after "fora de" (outside) is where nothing the sentence tells of happened, as Spanish "fuera de" is.
Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("ca", "A Martin, els preparatius per fabricar el T-72 es van iniciar el 1975."),
    ("pt", "Em Martin, os preparativos para fabricar o T-72 iniciaram-se em 1975."),
    ("ro", "La Martin, pregătirile pentru fabricarea lui T-72 au pornit în 1975."),
])
def test_preparations_date_no_introduction(extractor: Extractor, lang: str, text: str) -> None:
    assert not [o for _, r, o in facts_of(extractor, text, lang) if r == "introduced_year"]


def test_a_start_of_making_still_dates_it(extractor: Extractor) -> None:
    text = "Txecoslovàquia va fabricar el T-72 a partir del 1978."
    assert ("T-72", "introduced_year", "1978") in facts_of(extractor, text, "ca")


def test_catalan_outside_names_no_place_of_making(extractor: Extractor) -> None:
    facts = facts_of(extractor, "El T-72 es va fabricar també fora de l'URSS.", "ca")
    assert ("T-72", "made_in_country", "Soviet Union") not in facts
