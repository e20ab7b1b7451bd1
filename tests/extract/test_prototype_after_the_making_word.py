"""A word of trials right after the word of making, its subject or object where the verb comes first ("w 1961 roku
zbudowano pierwszy prototyp", "roku 1960 byl vyroben první prototyp", "in 1961 they built a prototype"), says a
prototype was made that year: the design had not entered production or service then. A making of the design itself
still dates it.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "product", "year"), [
    ("Prace nad Mi-2 ruszyły w 1960 roku, a rok później zbudowano pierwszy prototyp, nazwany W-2.", "pl", "Mi-2",
     "1960"),
    ("Práce na OT-64 SKOT trvaly od roku 1959 a téhož roku byl vyroben první prototyp.", "cs",
     "OT-64 SKOT", "1959"),
    ("Práce na OT-64 SKOT trvali od roku 1959 a v tom roku bol vyrobený prvý prototyp.", "sk",
     "OT-64 SKOT", "1959"),
])
def test_a_prototype_made_dates_no_introduction(extractor: Extractor, text: str, lang: str, product: str,
                                               year: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (product, "introduced_year", year) not in facts, facts


@pytest.mark.parametrize(("text", "lang", "product", "year"), [
    ("Seryjną produkcję Mi-2 rozpoczęto w 1965 roku.", "pl", "Mi-2", "1965"),
    ("Sériová výroba transportéru OT-64 byla zahájena roku 1963.", "cs", "OT-64 SKOT", "1963"),
])
def test_a_making_of_the_design_still_dates_it(extractor: Extractor, text: str, lang: str, product: str,
                                              year: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (product, "introduced_year", year) in facts, facts
