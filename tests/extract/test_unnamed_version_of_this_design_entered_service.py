"""A version of "this tank", named nowhere, that entered service in a year: the year is the version's, not the
design's the pointer speaks of.

Each sentence was written for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "year"), [
    ("Tenk T-55 dugo je bio u naoružanju. Najnovija inačica ovog tenka uvedena je u naoružanje 1983. godine.", "hr",
     "1983"),
    ("Helikopter Mi-8 je bil v uporabi. Nova različica tega helikopterja je bila uvedena v uporabo 1991.", "sl",
     "1991"),
    ("The BMP-1 served for decades. A modernised version of this vehicle entered service in 1987.", "en", "1987"),
])
def test_no_year_for_the_design(extractor: Extractor, text: str, lang: str, year: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "introduced_year" and f[2] == year], facts


def test_this_design_itself_keeps_its_year(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Tenk T-55 razvijen je u SSSR-u. Ovaj tenk uveden je u naoružanje 1958. godine.", "hr")
    assert ("T-55", "introduced_year", "1958") in facts, facts
