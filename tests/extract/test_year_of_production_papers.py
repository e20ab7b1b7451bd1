"""A word of making that only says what papers are for, right after a noun of production documents ("documentation
for the manufacture of"), dates the papers handed over, not an introduction; a making said in a clause of its own
still dates one.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

PAPERS = [
    ("ro", "În 1962 România a primit din URSS documentaţia de fabricaţie pentru BTR-60P."),
    ("ru", "В 1962 году Румыния получила советскую документацию на производство БТР-60П."),
]


@pytest.mark.parametrize(("lang", "text"), PAPERS)
def test_the_year_papers_came_is_no_introduction(extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("BTR-60P", "introduced_year", "1962") not in facts, facts


def test_a_making_of_its_own_still_dates_it(extractor) -> None:
    text = "В 1962 году Румыния получила документацию, а производство БТР-60П началось в 1965 году."
    assert ("BTR-60P", "introduced_year", "1965") in facts_of(extractor, text, "ru")
