"""A buyer named once before two coordinated words of buying bought what each verb takes.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "first", "second", "buyer"), [
    ("In 1971 Peru ordered the Su-22 from the Soviet Union and later bought the Mi-17 as well.",
     "Su-22", "Mi-17", "Peru"),
    ("Angola received the BTR-60 in 1976, then purchased the BMP-1.", "BTR-60", "BMP-1", "Angola"),
])
def test_each_verb_of_buying_gives_its_own_design_to_the_one_buyer(
        extractor: Extractor, text: str, first: str, second: str, buyer: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert (first, "exported_to", buyer) in facts, facts
    assert (second, "exported_to", buyer) in facts, facts


@pytest.mark.parametrize("text", [
    "Peru ordered the Su-22, and Chile bought the Mi-17.",
    "Peru ordered the Su-22, and later Chile also bought the Mi-17.",
])
def test_a_second_buyer_takes_the_second_verb(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert ("Mi-17", "exported_to", "Peru") not in facts, facts
    assert ("Su-22", "exported_to", "Peru") in facts, facts


def test_a_licence_bought_second_is_no_import(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Peru ordered the Su-22 and later bought a licence for the Mi-17.", "en")
    assert ("Mi-17", "exported_to", "Peru") not in facts, facts
