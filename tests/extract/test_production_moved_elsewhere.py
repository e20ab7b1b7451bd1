"""A making moved to another country ("Mi-2 production was transferred in full to Poland") makes the design there: the
country is where it is made, not a buyer. A word of moving that no noun of making stands beside still sends what it
moves.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("In 1964 Mi-2 production was transferred in full to Poland.", "en"),
    ("The Soviet Union moved Mi-2 production to Poland in 1964.", "en"),
    ("Die Fertigung der Mi-2 wurde 1964 nach Polen verlagert.", "de"),
    ("В 1964 году производство Ми-2 было передано в Польшу.", "ru"),
    ("W 1964 roku produkcję Mi-2 przeniesiono do Polski.", "pl"),
    ("En 1964, la fabrication du Mi-2 fut transférée tout entière en Pologne.", "fr"),
    ("En 1964 la fabricación del Mi-2 se trasladó a Polonia.", "es"),
])
def test_a_making_moved_to_a_country_is_made_there(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Mi-2", "made_in_country", "Poland") in facts, facts
    assert ("Mi-2", "exported_to", "Poland") not in facts, facts


def test_a_design_moved_with_no_word_of_making_is_sent(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Twelve Mi-2 helicopters were transferred to Vietnam in 1969.", "en")
    assert ("Mi-2", "exported_to", "Vietnam") in facts, facts
    assert ("Mi-2", "made_in_country", "Vietnam") not in facts, facts
