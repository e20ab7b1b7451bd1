"""A sentence that names no design but makes one where the copy spoken of is not made, and its original is, speaks of
the original: also where a country's adjective on a word for plants gives the place, and where a word of trade
stands in a clause of its own.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

MADE_THERE = [
    ("fr", "Le J-7BGI est assemblé en Chine. Il dérive du MiG-21 soviétique. Le chasseur, dont la production en série "
           "a débuté dans des ateliers soviétiques en 1959, vole encore dans plusieurs armées."),
    ("fr", "Le J-7BGI est assemblé en Chine. Il dérive du MiG-21 soviétique. Une vente au Népal rappelle que le "
           "chasseur, dont la production en série a débuté en URSS en 1959, vole encore dans plusieurs armées."),
    ("en", "The J-7BGI is assembled in China. It derives from the Soviet MiG-21. The jet, whose production started "
           "in Soviet plants in 1959, still flies with several air arms."),
]


@pytest.mark.parametrize(("lang", "text"), MADE_THERE)
def test_the_making_goes_to_the_original_made_there(extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("J-7BGI", "introduced_year", "1959") not in facts, facts
    assert ("J-7BGI", "made_in_country", "Soviet Union") not in facts, facts
    assert ("MiG-21", "introduced_year", "1959") in facts, facts


def test_a_place_a_word_of_trade_sends_to_is_no_place_of_making(extractor) -> None:
    text = ("The BVP-1 is a licensed copy of the BMP-1, built in Czechoslovakia from 1966. A first batch was made in "
            "1968, as part of it was destined to the USSR.")
    facts = facts_of(extractor, text, "en")
    assert ("BVP-1", "exported_to", "Soviet Union") in facts, facts
    assert ("BMP-1", "introduced_year", "1968") not in facts, facts
