"""Japanese puts the verb last: in "AKMの複製銃は68式小銃として1968年から量産された" (the AKM-imitating rifle was
made as the Type 68 from 1968) the year and the plant are those of the name "として" gives, not of the design the
subject imitates.
Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "北朝鮮のAKM複製銃は68式小銃として1968年から量産された。",
    "このAKMのコピーは68式小銃として1968年から造られた。",
])
def test_year_goes_to_the_name_given(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "ja")
    assert ("Type 68", "introduced_year", "1968") in facts, facts
    assert ("AKM", "introduced_year", "1968") not in facts, facts


def test_plant_goes_to_the_name_given(extractor: Extractor) -> None:
    text = "北朝鮮のAKM複製銃は68式小銃として1968年から国営工廠で量産が始まった。"
    facts = facts_of(extractor, text, "ja")
    assert ("Type 68", "manufactured_by", "国営工廠") in facts, facts
    assert ("AKM", "manufactured_by", "国営工廠") not in facts, facts
