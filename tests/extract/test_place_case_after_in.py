"""A preposition of both "in" and "into" (Russian "в", Croatian "u") and the case of the name after it: the
accusative sends the design there, any other inflected form says where something happened.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "seller"), [
    ("ru", "Все закупленные в Чехословакии танки Т-72 сгорели.", "Czechoslovakia"),
    # (each of a list the word of place opens)
    ("ru", "Вначале ремонтировали приобретённые в Советском Союзе и Польше Т-55.", "Poland"),
    ("hr", "Svi kupljeni u Čehoslovačkoj tenkovi T-72 su izgorjeli.", "Czechoslovakia"),
])
def test_where_a_design_was_bought_is_no_recipient(small_extractor: Extractor, lang: str, text: str,
                                                   seller: str) -> None:
    facts = facts_of(small_extractor, text, lang)
    assert not [f for f in facts if f[1] == "exported_to" and f[2] == seller], facts


@pytest.mark.parametrize(("lang", "text", "buyer"), [
    ("ru", "Танки Т-72 экспортировались в Индию и Ирак.", "India"),
    ("ru", "Позднее танки Т-72 поставляли в Судан.", "Sudan"),
    ("hr", "Tenkovi T-72 izvoženi su u Indiju.", "India"),
])
def test_the_accusative_after_in_still_receives(small_extractor: Extractor, lang: str, text: str, buyer: str) -> None:
    facts = facts_of(small_extractor, text, lang)
    assert any(r == "exported_to" and o == buyer for _, r, o in facts), facts


def test_the_case_of_place_still_says_where_it_was_made(small_extractor: Extractor) -> None:
    facts = facts_of(small_extractor, "В 1993 году в Иране собирали танки Т-72.", "ru")
    assert ("T-72", "made_in_country", "Iran") in facts, facts
