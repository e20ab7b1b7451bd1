"""A four-digit number after a word that makes it a count ("over", "свыше", "mehr als") is no year: it dates no
introduction.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "year"), [
    ("en", "The MiG-21 entered service and the air force flew over 1900 of them.", "1900"),
    ("ru", "МиГ-21 поступил на вооружение, и ВВС получили свыше 1800 машин.", "1800"),
    ("de", "Die MiG-21 wurde eingeführt, und die Luftwaffe nutzte mehr als 1500 Stück.", "1500"),
])
def test_a_count_is_no_year(extractor: Extractor, lang: str, text: str, year: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("MiG-21", "introduced_year", year) not in facts, facts


def test_a_year_after_around_stays_a_year(extractor: Extractor) -> None:
    # (a guard: "around" may stand before a year; it stays one)
    facts = facts_of(extractor, "The MiG-21 entered service around 1959.", "en")
    assert ("MiG-21", "introduced_year", "1959") in facts, facts
