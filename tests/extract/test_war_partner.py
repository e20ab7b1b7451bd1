"""A country a word of war and a word for "with" name is the enemy: it neither buys nor sells what the sentence
trades.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Во время долгой войны с соседним Ираном Ирак закупил около 500 танков Т-62."),
    ("uk", "Під час довгої війни з сусіднім Іраном Ірак закупив близько 500 танків Т-62."),
])
def test_the_enemy_of_a_war_is_no_buyer(small_extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(small_extractor, text, lang)
    assert ("T-62", "exported_to", "Iraq") in facts, facts
    assert ("T-62", "exported_to", "Iran") not in facts, facts
