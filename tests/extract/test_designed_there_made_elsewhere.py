"""A country a word of design governs ("in der UdSSR entworfene", "designed in the Soviet Union") is where the design
was drawn, not made, where the word of making has a country of its own ("und in Polen gefertigte"): only that one is
the place of making. A country that design and making share ("in der UdSSR entworfen und gefertigt") stays.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Der in der UdSSR entworfene und in Polen gefertigte T-72 blieb lange im Dienst.", "de"),
    ("The T-72, designed in the USSR and built in Poland, served for forty years.", "en"),
    # (each country one word from "produced": the one the word of design governs is the drawing's)
    ("The T-72 was designed in the USSR and produced in Poland.", "en"),
])
def test_the_design_country_makes_nothing(small_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(small_extractor, text, lang)
    assert ("T-72", "made_in_country", "Poland") in facts, facts
    assert ("T-72", "made_in_country", "Soviet Union") not in facts, facts


def test_a_shared_country_is_made_in(small_extractor: Extractor) -> None:
    facts = facts_of(small_extractor, "Den T-72 hat man in der UdSSR entworfen und gefertigt.", "de")
    assert ("T-72", "made_in_country", "Soviet Union") in facts, facts
