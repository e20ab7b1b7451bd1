"""A name that brackets right after an original set the original against ("the T-64 (and a rival of the T-62)") does
not make that original a subject, as a version named there would ("the J-7 (export version: F-7)"): the year and
what the next sentence says stay with the design the sentence speaks of.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of

_TEXT = ("Beim T-72 handelt es sich um einen Panzer, der 1973 als Nachfolger des T-64 (und Rivale des T-62) "
         "eingeführt wurde. Mit den in Polen gefertigten Exemplaren entstanden 20000 Stück.")


def test_the_year_stays_with_the_subject(small_extractor: Extractor) -> None:
    facts = facts_of(small_extractor, _TEXT, "de")
    assert ("T-72", "introduced_year", "1973") in facts, facts
    assert ("T-64", "introduced_year", "1973") not in facts, facts


def test_the_next_sentence_goes_on_with_the_subject(small_extractor: Extractor) -> None:
    text = _TEXT.replace("(und Rivale des T-62)", "(zugleich ein Rivale des T-64)")
    facts = facts_of(small_extractor, text, "de")
    assert ("T-72", "made_in_country", "Poland") in facts, facts
    assert ("T-64", "made_in_country", "Poland") not in facts, facts


def test_a_version_in_brackets_keeps_its_original_a_subject(small_extractor: Extractor) -> None:
    facts = facts_of(small_extractor, "Die J-7 (Exportversion: F-7) wurde in China gebaut.", "de")
    assert ("J-7", "made_in_country", "China") in facts, facts
