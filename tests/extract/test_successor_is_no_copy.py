"""A design a text calls the successor of another, or a development or an improved version of it, is a design of its
own, not a copy: a country that bought it and later built it under licence keeps both readings, as it does for any
original ("India bought and built T-72s"). Only a copy's buyer that makes it is read as making, not buying.
Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "T-72 był radzieckim następcą czołgu T-55. Potem sprzedawano go do wielu państw, w tym Polski. "
           "W latach 80. Polska wytwarzała czołgi T-72 na licencji."),
    ("en", "The T-72 was the Soviet successor of the T-55. It was later sold to many states, among them Poland. "
           "In the 1980s Poland built T-72 tanks under licence."),
])
def test_a_successor_bought_and_built_keeps_the_sale(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-72", "exported_to", "Poland") in facts
    assert ("T-72", "made_in_country", "Poland") in facts


@pytest.mark.parametrize(("design", "country", "text"), [
    ("T-62", "Syria", "The Soviet T-62 was a development of the T-55. Syria imported 300 T-62 tanks in 1973. "
                      "Syria later assembled the T-62 under licence."),
    ("MiG-21bis", "India", "The MiG-21bis, an improved version of the MiG-21, was built in the USSR. India bought "
                           "40 MiG-21bis from Moscow in 1976. India later built the MiG-21bis under licence."),
])
def test_a_development_bought_and_built_keeps_the_sale(extractor: Extractor, design: str, country: str,
                                                      text: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert (design, "exported_to", country) in facts
    assert (design, "made_in_country", country) in facts
