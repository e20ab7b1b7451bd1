"""Japanese puts the verb last: in "AKM模倣の小銃は68式自動小銃として1968年より生産された" (the AKM-imitating rifle was
made as the Type 68 from 1968) the year and the plant are those of the name "として" gives, not of the design the
subject imitates.
Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "この新型AKM模倣自動小銃は68式自動小銃として1968年より工廠で生産が開始された。",
    "このAKMのコピーは68式自動小銃として1968年より生産された。",
])
def test_year_goes_to_the_name_given(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "ja")
    assert ("Type 68", "introduced_year", "1968") in facts, facts
    assert ("AKM", "introduced_year", "1968") not in facts, facts


def test_plant_goes_to_the_name_given(extractor: Extractor) -> None:
    text = "この新型AKM模倣自動小銃は68式自動小銃として1968年より国営工廠で生産が開始された。"
    facts = facts_of(extractor, text, "ja")
    assert ("Type 68", "manufactured_by", "国営工廠") in facts, facts
    assert ("AKM", "manufactured_by", "国営工廠") not in facts, facts
