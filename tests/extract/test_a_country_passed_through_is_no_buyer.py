"""A country a word "via" names is the way a design came, neither its buyer nor one of a list of buyers ("supplied to
Cuba via Mexico" sends it to Cuba only).

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("The first Mi-8 helicopters were supplied to Cuba via Mexico.", "en"),
    ("Les premiers Mi-8 ont été livrés à Cuba via le Mexique.", "fr"),
    ("Los primeros Mi-8 fueron entregados a Cuba via México.", "es"),
])
def test_the_way_through_is_no_recipient(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Mi-8", "exported_to", "Cuba") in facts, facts
    assert ("Mi-8", "exported_to", "Mexico") not in facts, facts


def test_a_list_of_buyers_still_is_one(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The first Mi-8 helicopters were supplied to Cuba and Mexico.", "en")
    assert {("Mi-8", "exported_to", "Cuba"), ("Mi-8", "exported_to", "Mexico")} <= facts, facts
