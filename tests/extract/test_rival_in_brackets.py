"""A name that brackets right after an original set the original against ("the T-64 (and a rival of the T-62)") does
not make that original a subject, as a version named there would ("the J-7 (export version: F-7)"): the year and
what the next sentence says stay with the design the sentence speaks of.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Der T-72 ist ein Kampfpanzer, der 1973 als Nachfolger des T-64 (und als Konkurrent zum T-62) eingeführt "
     "wurde.", "de"),
    ("Der T-72 ist ein Kampfpanzer, welcher 1973 als Weiterentwicklung des T-64 (und Konkurrent zum T-64) in "
     "Dienst gestellt wurde.", "de"),
])
def test_the_year_stays_with_the_subject(small_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(small_extractor, text, lang)
    assert ("T-72", "introduced_year", "1973") in facts, facts
    assert ("T-64", "introduced_year", "1973") not in facts, facts


def test_the_next_sentence_goes_on_with_the_subject(small_extractor: Extractor) -> None:
    text = ("Der T-72 ist ein Kampfpanzer, welcher 1973 als Weiterentwicklung des T-64 (und Konkurrent zum T-64) "
            "eingeführt wurde. Mit den in Polen gebauten Versionen entstanden 20000 Stück.")
    facts = facts_of(small_extractor, text, "de")
    assert ("T-72", "made_in_country", "Poland") in facts, facts
    assert ("T-64", "made_in_country", "Poland") not in facts, facts


def test_a_version_in_brackets_keeps_its_original_a_subject(small_extractor: Extractor) -> None:
    facts = facts_of(small_extractor, "Die J-7 (Exportversion: F-7) wurde in China gebaut.", "de")
    assert ("J-7", "made_in_country", "China") in facts, facts
