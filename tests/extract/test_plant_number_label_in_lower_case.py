"""A plant's number after its name, its label written in lower case as Polish writes it ("nr 4"), belongs to the
plant's name: the number tells one numbered works of a kind from another."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of, objects


@pytest.mark.parametrize(("text", "maker"), [
    ("Karabinki AKM wytwarzały Zakłady Metalowe nr 4 pod Radomiem.", "Zakłady Metalowe nr 4"),
    ("Pierwsze śmigłowce SM-1 zbudowano w Wytwórni Sprzętu Komunikacyjnego nr 2 w roku 1956.",
     "Wytwórni Sprzętu Komunikacyjnego nr 2"),
])
def test_polish_plant_number_ends_the_makers_name(extractor, text, maker):
    assert maker in objects(facts_of(extractor, text, "pl"), "manufactured_by")


def test_a_lower_case_word_after_the_name_still_ends_it(extractor):
    makers = objects(facts_of(extractor, "Karabinki AKM wytwarzały Zakłady Metalowe pod Radomiem.", "pl"),
                     "manufactured_by")
    assert all("pod" not in m for m in makers)
