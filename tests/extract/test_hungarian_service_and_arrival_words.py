"""Hungarian puts the verb of standing before "rendszerbe" as well as after it ("állt rendszerbe"): service begun;
and a design that "got to" a country ("került Magyarországra") arrived there.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "design"), [
    ("hu", "A Mi-8 1968-ban állt szolgálatba.", "Mi-8"),
    ("hu", "A Mi-8 szállítóhelikopter 1969-ben állt rendszerbe Lengyelországban.", "Mi-8"),
])
def test_service_begun_is_an_introduction(extractor: Extractor, lang: str, text: str, design: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(f[0] == design and f[1] == "introduced_year" for f in facts), facts


def test_a_design_that_got_to_a_country_arrived_there(extractor: Extractor) -> None:
    facts = facts_of(extractor, "A Mi-8 1993-ban került Szlovákiába.", "hu")
    assert ("Mi-8", "exported_to", "Slovakia") in facts, facts
    assert not [f for f in facts if f[1] == "introduced_year"], facts
