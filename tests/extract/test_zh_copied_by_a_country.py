"""Chinese marks the doer of a passive with a one-character word glued before it ("由中国仿制", copied by China): the
country so marked is the copier, as "copied by China" says in English. Sentences of our own; they prove behaviour,
not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_original_copied_by_a_country(extractor: Extractor) -> None:
    facts = facts_of(extractor, "米格-21由中国仿制,很快投入使用。", "zh")
    assert ("MiG-21 (Chinese copy)", "derived_from", "MiG-21") in facts, facts
    assert ("MiG-21 (Chinese copy)", "made_in_country", "China") in facts, facts
    assert ("MiG-21", "made_in_country", "China") not in facts, facts


def test_known_copy_copied_by_its_country(extractor: Extractor) -> None:
    facts = facts_of(extractor, "轰-5由我国仿制。", "zh")
    assert ("Harbin H-5", "made_in_country", "China") in facts, facts
