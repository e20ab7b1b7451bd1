"""A year that a verb of reporting or stating governs dates the report, not the making or the service the report
tells of; a year of the making itself stays an introduction.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

REPORTED = [
    ("en", "The Type 81 is a Chinese rifle. In 2009 the journal Arms Weekly reported that production of the Type 81 "
           "began.", "Type 81", "2009"),
    ("pl", "Śmigłowiec SM-1 był polską kopią Mi-1. W 1957 roku prasa relacjonowała pokaz pierwszego śmigłowca SM-1 "
           "wyprodukowanego w Świdniku.", "PZL SM-1", "1957"),
    ("es", "El Tipo 56 es una copia china del AK. En 2011 el ministro comunicó que China fabrica el Tipo 56.",
     "Type 56", "2011"),
]


@pytest.mark.parametrize(("lang", "text", "product", "year"), REPORTED)
def test_a_year_of_a_report_is_no_introduction(extractor, lang: str, text: str, product: str, year: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (product, "introduced_year", year) not in facts, facts


def test_a_year_of_making_beside_a_report_word_later_stays(extractor) -> None:
    text = "The Type 81 is a Chinese rifle. Production of the Type 81 began in 1981, as a journal reported."
    assert ("Type 81", "introduced_year", "1981") in facts_of(extractor, text, "en")
