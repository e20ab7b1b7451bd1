"""Dutch "operationeel" alone says a design is in use, not that it came into use: a year beside it ("in 2020 waren
er nog veertig operationeel") is no year of introduction; becoming operational or being so since a year is one.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "In 2020 waren er bij de Poolse luchtmacht nog maar twintig MiG-29's operationeel.",
    "In 2015 was nog een handvol MiG-23's operationeel.",
])
def test_operational_in_a_year_is_no_introduction(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "nl")
    assert not [f for f in facts if f[1] == "introduced_year"], facts


@pytest.mark.parametrize(("text", "year"), [
    ("De MiG-29 werd in 1989 operationeel.", "1989"),
    ("De MiG-29 is sinds 1989 operationeel bij de Poolse luchtmacht.", "1989"),
    ("De MiG-29 is operationeel sinds 1989.", "1989"),
])
def test_becoming_operational_is_an_introduction(extractor: Extractor, text: str, year: str) -> None:
    facts = facts_of(extractor, text, "nl")
    assert ("MiG-29", "introduced_year", year) in facts, facts
