"""A town written as the owner of a plant ("Harbin's Factory 120") is where the plant stands, no word of its name.
Names and sentences of our own."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_the_towns_possessive_is_no_part_of_the_plants_name(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Type 64 was made at Harbin's Factory 120.", "en")
    makers = [o for s, r, o in facts if r == "manufactured_by"]
    assert makers and not any("Harbin" in m for m in makers), makers
