"""Polish may put the verb after its phrase of service ("do służby wszedł", "na uzbrojenie weszła"): the phrase
dates an introduction in either order.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "product", "year"), [
    ("Śmigłowiec Mi-24 oblatano w 1969 roku, a do służby wszedł w 1972 roku.", "Mi-24", "1972"),
    ("Do służby czołg T-72 wszedł w 1973 roku.", "T-72", "1973"),
    ("Na uzbrojenie wyrzutnia BM-21 weszła w 1963 roku.", "BM-21 Grad", "1963"),
])
def test_verb_after_its_phrase_dates_the_introduction(extractor: Extractor, text: str, product: str,
                                                      year: str) -> None:
    facts = facts_of(extractor, text, "pl")
    assert (product, "introduced_year", year) in facts, facts
