"""Where adjectives follow their noun, a country's adjective before a design's own kind of product qualifies the noun
before it (a paper, an agency, a ministry), not the design: it names no place of making.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "design", "country"), [
    ("ذكرت الإذاعة الصينية أن دبابة تي-72 دخلت الخدمة.", "ar", "T-72", "China"),
    ("L'agence russe affirme que le fusil Type 56 reste fiable.", "fr", "Type 56", "Russia"),
    ("El diario francés contó que el tanque T-72 llegó tarde.", "es", "T-72", "France"),
])
def test_an_adjective_of_another_noun_is_no_place_of_making(extractor: Extractor, text: str, lang: str, design: str,
                                                            country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (design, "made_in_country", country) not in facts, facts


@pytest.mark.parametrize(("text", "lang", "design", "country"), [
    ("Le char soviétique T-55 était robuste.", "fr", "T-55", "Soviet Union"),
    ("الدبابة الروسية تي-90 دخلت الخدمة في الهند.", "ar", "T-90", "Russia"),
])
def test_an_adjective_after_the_designs_own_kind_still_places_it(extractor: Extractor, text: str, lang: str,
                                                                  design: str, country: str) -> None:
    assert (design, "made_in_country", country) in facts_of(extractor, text, lang)
