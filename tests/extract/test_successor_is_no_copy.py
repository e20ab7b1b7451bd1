"""A design a text calls the successor of another is a design of its own, not a copy: a country that bought it and
later built it under licence keeps both readings, as it does for any original ("India bought and built T-72s").
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
