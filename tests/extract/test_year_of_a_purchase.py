"""A year right after a word of buying or selling, nearer to it than a word of making, is the year of the sale, not
the year the design came in ("the Mi-24s of Russian make, which the country bought in 2001").

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Хеликоптерите „Ми-24“ од руско производство, што војската ги купи во 2001 година, денес не летаат.", "mk"),
    ("Helikopteri Mi-24 ruske proizvodnje, koje je vojska nabavila 2001. godine, danas su neispravni.", "hr"),
])
def test_a_purchase_year_is_no_introduction(small_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(small_extractor, text, lang)
    assert not [f for f in facts if f[1] == "introduced_year"], facts
    assert ("Mi-24", "made_in_country", "Russia") in facts, facts


def test_a_year_of_making_before_the_sale_stays(small_extractor: Extractor) -> None:
    text = "Tenk M-84 proizvodi se od 1984. godine, a Kuvajt ga je kupio 1989. godine."
    facts = facts_of(small_extractor, text, "hr")
    assert ("M-84", "introduced_year", "1984") in facts, facts
    assert ("M-84", "introduced_year", "1989") not in facts, facts
