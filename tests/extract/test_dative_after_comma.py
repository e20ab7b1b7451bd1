"""A country's name after a comma is a list's member, not a dative of its own: the word of place before the list
("в Индии (T-72M1), Польше (PT-91)") says what each member is.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_a_list_of_places_of_making_receives_nothing(small_extractor: Extractor) -> None:
    text = "По лицензии Т-72 собирали в Индии (T-72M1), Польше (PT-91) и Югославии, а позже продавали за рубеж."
    facts = facts_of(small_extractor, text, "ru")
    assert not [f for f in facts if f[1] == "exported_to" and f[2] == "Poland"], facts
    assert [f for f in facts if f[1] == "made_in_country" and f[2] == "Poland"], facts


@pytest.mark.parametrize("text", [
    "Советский Союз поставлял Т-62 Египту, Сирии и Ираку.",
    "Т-62 были проданы Египту, Сирии и Ираку.",
])
def test_a_list_of_receivers_in_the_dative_still_receives(small_extractor: Extractor, text: str) -> None:
    facts = facts_of(small_extractor, text, "ru")
    for country in ("Egypt", "Syria", "Iraq"):
        assert ("T-62", "exported_to", country) in facts, (country, facts)
