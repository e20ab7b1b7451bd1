"""A plant known by its number, labelled as Romance languages write it ("usine n° 617", "fabbrica n. 617",
"fábrica n.º 617", "fábrica nº 617", "usine n ° 617" with the sign set apart), is the known "Factory 617" and makes
the design. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of

MAKER = "Inner Mongolia First Machinery Group"   # the registry's name of Factory 617


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Dès 1958, l'usine n ° 617 assemblait le Type 59 pour l'armée."),
    ("fr", "Dès 1958, l'usine n° 617 assemblait le Type 59 pour l'armée."),
    ("it", "Dal 1958 la fabbrica n. 617 costruiva il Type 59 per l'esercito."),
    ("es", "Desde 1958 la fábrica n.º 617 construía el Type 59 para el ejército."),
    ("pt", "Desde 1958 a fábrica nº 617 construía o Type 59 para o exército."),
])
def test_a_labelled_plant_number_makes_the_design(extractor: Extractor, lang: str, text: str) -> None:
    assert ("Type 59", "manufactured_by", MAKER) in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("ro", "Din 1958, uzina nr. 617 asambla Type 59 pentru armată."),
    ("en", "From 1958 the Factory No. 617 assembled the Type 59 for the army."),
])
def test_the_labels_read_before_stay(extractor: Extractor, lang: str, text: str) -> None:
    assert ("Type 59", "manufactured_by", MAKER) in facts_of(extractor, text, lang)


def test_no_as_a_word_after_a_plant_word_is_no_label(extractor: Extractor) -> None:
    # "no" without its dot is Spanish "not": the plant names no number
    facts = facts_of(extractor, "La fábrica no 617 veces produjo el Type 59.", "es")
    assert ("Type 59", "manufactured_by", MAKER) not in facts
