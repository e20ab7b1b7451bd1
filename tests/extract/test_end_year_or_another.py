"""A year joined by a word for "or" to a year that ends a period ends it too ("by 2029 or 2030 the army will retire
them"): it is no year the design came in.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Vojska će do 2029. ili 2030. godine rashodovati preostale Mi-8 ruske proizvodnje.", "hr"),
    ("The army will retire every Mi-8 of Russian make by 2029 or 2030.", "en"),
])
def test_the_second_year_of_an_end_is_no_start(small_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(small_extractor, text, lang)
    assert not [f for f in facts if f[1] == "introduced_year"], facts


def test_a_start_and_an_end_keep_their_roles(small_extractor: Extractor) -> None:
    text = "Tenk M-84 proizvodio se od 1984. do 1991. godine."
    facts = facts_of(small_extractor, text, "hr")
    assert ("M-84", "introduced_year", "1984") in facts, facts
    assert ("M-84", "introduced_year", "1991") not in facts, facts
