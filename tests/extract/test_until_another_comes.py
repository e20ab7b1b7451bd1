"""A design whose coming ends a period of making ("until the introduction of the AKM") took over from the one made;
the making and its place are not its own.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.fixture(scope="module")
def extractor(small_extractor: Extractor) -> Extractor:
    return small_extractor


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The AK-47 was built in the USSR for ten years, until the introduction of the AKM."),
    ("pl", "Karabinek AK-47 wytwarzano w ZSRR aż do wprowadzenia AKM."),
])
def test_the_design_that_came_after_takes_no_place(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("AK-47", "made_in_country", "Soviet Union") in facts, facts
    assert ("AKM", "made_in_country", "Soviet Union") not in facts, facts


def test_a_year_after_until_leaves_the_design_made(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The AKM was built in the USSR until 1975.", "en")
    assert ("AKM", "made_in_country", "Soviet Union") in facts, facts
