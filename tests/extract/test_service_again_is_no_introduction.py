"""A word for "again" right before the word of service that follows a year ("2011-ben ismét szolgálatba lépett", "wurde
1995 wieder in Dienst gestellt") returns the design to service: no year of introduction.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "year"), [
    ("hu", "A Mi-8 2011-ben ismét szolgálatba lépett.", "2011"),
    ("de", "Die MiG-23 wurde 1994 wieder in Dienst gestellt.", "1994"),
])
def test_service_again_is_no_introduction(extractor: Extractor, lang: str, text: str, year: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "introduced_year" and f[2] == year], facts
