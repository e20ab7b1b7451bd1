"""Hebrew writes "type" in its own word as well as the loanword ("טיפוס 59" beside "טייפ 59"): a number after either
is the Type design. Its passive past "was exported" (יוצא, יוצאה) with "ל" glued to a country sends the design
there. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("word", ["טיפוס", "טייפ"])
def test_hebrew_type_word_names_the_type(extractor: Extractor, word: str) -> None:
    text = f"הטנק הסיני {word} 59 הוא העתק של הטנק T-54."
    facts = facts_of(extractor, text, "he")
    assert ("Type 59 tank", "derived_from", "T-54") in facts, facts


def test_hebrew_was_exported_to_two_countries(extractor: Extractor) -> None:
    text = "הטנק T-72 יוצא לעיראק ולסוריה בשנות השמונים."
    facts = facts_of(extractor, text, "he")
    assert ("T-72", "exported_to", "Iraq") in facts, facts
    assert ("T-72", "exported_to", "Syria") in facts, facts


def test_hebrew_feminine_was_exported(extractor: Extractor) -> None:
    text = "המערכת S-75 יוצאה למצרים בשנת 1965."
    facts = facts_of(extractor, text, "he")
    assert ("S-75 Dvina", "exported_to", "Egypt") in facts, facts


def test_hebrew_going_out_to_the_field_sends_nothing(extractor: Extractor) -> None:
    text = "הטנק T-72 יוצא לשטח האימונים כל בוקר."
    facts = facts_of(extractor, text, "he")
    assert not any(r == "exported_to" for _, r, _ in facts), facts
