"""A name that a word of comparison brings in ("по сравнению с АКМ", "порівняно з АКМ", "у параўнанні з АКМ") is
what the subject is set against: the place of making the sentence gives is the subject's, not that name's.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("По сравнению с АКМ автомат Q-56 выпускался в Китае дешевле.", "ru"),
    ("Автомат Q-56 выпускался в Китае дешевле по сравнению с АКМ.", "ru"),
    ("Порівняно з АКМ автомат Q-56 випускався в Китаї дешевше.", "uk"),
    ("У параўнанні з АКМ аўтамат Q-56 выпускаўся ў Кітаі танней.", "be"),
])
def test_a_compared_name_is_not_made_there(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Q-56", "made_in_country", "China") in facts, facts
    assert ("AKM", "made_in_country", "China") not in facts, facts
