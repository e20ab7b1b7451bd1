"""A name of a state's forces written for the state ("the PLA", "НОАК") is that state where it buys or receives a
design, and no place of making where the design only serves in those forces.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

BOUGHT = [
    ("en", "The Type 86 is a Chinese copy of the BMP-1. The PLA first bought two BMP-1 vehicles from Egypt."),
    ("ru", "Тип 86 является китайской копией БМП-1. НОАК сначала купила две БМП-1 у Египта."),
]


@pytest.mark.parametrize(("lang", "text"), BOUGHT)
def test_forces_named_for_their_state_buy_for_it(extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("BMP-1", "exported_to", "China") in facts, facts


def test_forces_a_design_serves_in_are_no_place_of_making(extractor) -> None:
    text = ("Автомат Тип 56 является копией АК. НОАК постепенно заменяет Тип 56 новыми винтовками, но выпуск "
            "автомата продолжается.")
    facts = facts_of(extractor, text, "ru")
    assert ("Type 56", "made_in_country", "China") not in facts, facts


@pytest.mark.parametrize("text", [
    # Indonesian: the air force and the navy by their old initials stand for the state
    "Pada tahun 1962 AURI menerima pesawat Tu-16 dari Uni Soviet.",
    "AURI membeli sebanyak 10 pesawat Tu-16 dari Uni Soviet.",
    "Pesawat Tu-16 milik ALRI dibeli dari Uni Soviet pada tahun 1960.",
])
def test_indonesian_forces_by_their_initials_buy_for_the_state(extractor, text: str) -> None:
    facts = facts_of(extractor, text, "id")
    assert ("Tu-16", "exported_to", "Indonesia") in facts, facts


@pytest.mark.parametrize("text", [
    # Hebrew: the article of "the Red Army" drops after a prefixed preposition ("לצבא האדום"); the adjective after it
    # is the army's, no place of making
    "הוא התגייס לצבא האדום הסובייטי והשקיע בייצור רובי AK-47.",
    "אביו שירת בצבא האדום הסובייטי ועבד בייצור רובי AK-47.",
])
def test_a_hebrew_army_after_a_preposition_owns_its_adjective(extractor, text: str) -> None:
    facts = facts_of(extractor, text, "he")
    assert ("AK-47", "made_in_country", "Soviet Union") not in facts, facts
