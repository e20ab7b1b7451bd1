"""A count of units right before the name a word of making speaks of ("some 240 Mi-8s were built in 1985") says how
many were made by then, not when the design came in; a first batch still dates its start.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "By one account some 240 Mi-8s were built in 1985.",
    "Roughly 1,200 BTR-60 had been produced in 1975.",
])
def test_a_count_made_in_a_year_is_no_introduction(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert not [f for f in facts if f[1] == "introduced_year"], facts


@pytest.mark.parametrize(("text", "name", "year"), [
    ("The first 12 Mi-8s were built in 1965.", "Mi-8", "1965"),
    ("In 1965 Mi-8s were built at Kazan.", "Mi-8", "1965"),
])
def test_a_first_batch_or_a_year_before_the_name_still_dates_the_start(extractor: Extractor, text: str, name: str,
                                                                      year: str) -> None:
    assert (name, "introduced_year", year) in facts_of(extractor, text, "en")
