"""A name right after a copy word that a possessive owns ("its copy, the Type 80", "его копия Q-80") is the copy's
own name, derived from the owner and made where the sentence says; a country before the possessive owns the word
instead ("Китай выпускал свою копию СВД"), and the name after it stays the original.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Пулемёт ПК появился в 1961 году, а его копия Q-80 выпускалась в Китае.", "ru"),
    ("Кулемет ПК з'явився у 1961 році, а його копія Q-80 випускалася в Китаї.", "uk"),
    ("Кулямёт ПК з'явіўся ў 1961 годзе, а яго копія Q-80 выпускалася ў Кітаі.", "be"),
])
def test_the_name_after_an_owned_copy_word_is_the_copy(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Q-80", "derived_from", "PK") in facts, facts
    assert ("Q-80", "made_in_country", "China") in facts, facts
    assert ("PK", "made_in_country", "China") not in facts, facts


def test_a_country_owning_the_copy_word_keeps_the_name_after_it_the_original(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Винтовка СВД служит давно. Китай выпускал свою копию СВД под названием Q-79.", "ru")
    assert ("Q-79", "derived_from", "SVD") in facts, facts
