"""A list of countries of making that goes on after a word for "and" of more than one word ("in the USSR, as well as
in China and India"): every country of it is a place of making.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Вертолёт Ми-4 строили в СССР, а также в Китае и Польше."),
    ("pl", "Śmigłowiec Mi-4 budowano w ZSRR, a także w Chinach i Polsce."),
    ("cs", "Vrtulník Mi-4 se stavěl v SSSR a také v Číně a Polsku."),
    ("bg", "Хеликоптерът Ми-4 е строен в СССР, както и в Китай и Полша."),
    ("en", "The Mi-4 was built in the USSR as well as in China and Poland."),
])
def test_a_phrase_for_and_before_the_word_of_place_again_goes_on_with_the_list(
        extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    for country in ("Soviet Union", "China", "Poland"):
        assert ("Mi-4", "made_in_country", country) in facts, (country, facts)


@pytest.mark.parametrize(("lang", "text"), [
    # (a clause of its own after the phrase: the second country receives, it makes nothing)
    ("ru", "Вертолёт Ми-4 строили в СССР, а также поставляли в Китай."),
])
def test_a_phrase_for_and_before_a_new_verb_starts_no_list(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Mi-4", "made_in_country", "China") not in facts, facts
