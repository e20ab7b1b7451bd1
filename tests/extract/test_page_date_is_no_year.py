"""A page's date of publication labelled at the start of a line (" date 2019-05 ...", as stored pages open) dates
the page, not the design the first sentence speaks of.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_a_labelled_page_date_is_no_introduction(extractor: Extractor) -> None:
    facts = facts_of(extractor, " date 2019-05 Czołg T-72M1 został wprowadzony do służby w latach 80.", "pl")
    assert not any(f[1] == "introduced_year" for f in facts), facts


def test_a_year_in_the_sentence_still_dates_the_design(extractor: Extractor) -> None:
    facts = facts_of(extractor, " date 2019-05 Czołg T-72M1 został wprowadzony do służby w 1982 roku.", "pl")
    assert ("T-72M1", "introduced_year", "1982") in facts, facts
