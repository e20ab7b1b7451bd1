"""Where a participle ends the clause (German), a company a country's adjective qualifies after "an", before the word
of selling, received what was sold ("wurden an eine tschechische Firma verkauft"): its country is where it went, as
with the verb first ("sold to a Czech company"); a company after "von" sold it and is no recipient.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_a_firm_after_an_before_the_last_participle_received_it(small_extractor: Extractor) -> None:
    facts = facts_of(small_extractor, "Die alten BMP-1 wurden 2019 an eine tschechische Firma verkauft.", "de")
    assert ("BMP-1", "exported_to", "Czech Republic") in facts, facts


def test_a_firm_after_von_sold_it(small_extractor: Extractor) -> None:
    facts = facts_of(small_extractor, "Die alten BMP-1 wurden 2019 von einer tschechischen Firma verkauft.", "de")
    assert not [f for f in facts if f[1] == "exported_to"], facts
