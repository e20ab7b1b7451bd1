"""States of the arms-trade years under names CLDR no longer lists (Zaire, Rhodesia, Dahomey, Upper Volta) are
countries under the name the text gives them; Kampuchea, a former name, is Cambodia.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "product", "countries"), [
    ("Type 59 tanks were exported to Zaire and Rhodesia.", "en", "Type 59 tank", {"Zaire", "Rhodesia"}),
    ("In 1975 Upper Volta and Dahomey received AK-47 rifles from the Soviet Union.", "en", "AK-47",
     {"Upper Volta", "Dahomey"}),
    ("Le Type 59 a été exporté au Zaïre.", "fr", "Type 59", {"Zaire"}),
    ("Kampuchea received Type 56 rifles from China.", "en", "Type 56", {"Cambodia"}),
])
def test_the_state_receives(extractor: Extractor, text: str, lang: str, product: str, countries: set[str]) -> None:
    facts = facts_of(extractor, text, lang)
    assert {(product, "exported_to", c) for c in countries} <= facts, facts
