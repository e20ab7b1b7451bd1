"""A year of making followed by a word of sale in its clause is the sale's only where a word for "and" parts it from
the word of making ("1970 eingeführt und ab 1975 exportiert"); a word that is "and" in another language but stands
inside a cue of the text's own ("a partire dal 1970", since; "en 1970", in) parts nothing, so the year still dates
the making. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le M70 fut produit en 1970 et exporté en Irak."),
    ("es", "El M70 fue producido en 1970 y exportado a Irak."),
    ("it", "Il M70 fu prodotto a partire dal 1970 e venne esportato in Iraq."),
    ("pt", "O M70 foi produzido a partir de 1970 e exportado para o Iraque."),
])
def test_the_year_dates_the_making(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert {("Zastava M70", "introduced_year", "1970"), ("Zastava M70", "exported_to", "Iraq")} <= facts


def test_a_year_after_a_real_and_is_the_sale_s(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Der M70 wurde 1970 eingeführt und ab 1975 nach Irak exportiert.", "de")
    assert ("Zastava M70", "introduced_year", "1975") not in facts
