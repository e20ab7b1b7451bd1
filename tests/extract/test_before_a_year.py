"""A year right after a word for "before" bounds a period from above: it is no year the design came in."""
from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "The armoured vehicles it built before 1988 were all BMP-1s.",
    "El BMP-1 se fabricó en Checoslovaquia antes de 1988.",
    "A fábrica montou o BMP-1 na Checoslováquia antes de 1988.",
    "L'usine a fabriqué le BMP-1 en Tchécoslovaquie avant 1988.",
    "La fabbrica ha prodotto il BMP-1 in Cecoslovacchia prima del 1988.",
])
def test_a_year_after_before_is_no_introduction(extractor, text):
    assert ("BMP-1", "introduced_year", "1988") not in facts_of(extractor, text)


def test_a_year_before_the_word_still_dates_the_design(extractor):
    facts = facts_of(extractor, "The BMP-1 entered Soviet service in 1966, before the BMP-2.")
    assert ("BMP-1", "introduced_year", "1966") in facts
