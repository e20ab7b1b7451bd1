"""A word for "former" on a country's name ("and former Yugoslavia", "и бывшей Югославии") does not end a list of
countries. Sentences of our own."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Licensed T-72 tanks came from factories in Poland, India and former Yugoslavia.", "en"),
    ("Танк Т-72 по лицензии строили в Польше, Индии и бывшей Югославии.", "ru"),
    ("Czołgi T-72 na licencji budowano w Polsce, Indiach i byłej Jugosławii.", "pl"),
])
def test_a_former_state_goes_on_with_the_list(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert {("T-72", "made_in_country", "Poland"), ("T-72", "made_in_country", "Yugoslavia")} <= facts, facts
