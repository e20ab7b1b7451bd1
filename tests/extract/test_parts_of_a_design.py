"""A plant that makes "parts" of a design, or parts "of" it, supplies components; it does not make the design ("the
plant started out in 1952 making parts of the MiG-17"), while one that builds the design still makes it. Sentences of
our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "The Mielec works started out in 1952 making parts of the MiG-17 fighter.",
    "The Mielec works started out in 1952 making parts for the MiG-17 fighter.",
])
def test_a_parts_supplier_makes_no_design(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert not any(r == "manufactured_by" for _, r, _ in facts), facts


def test_a_plant_that_builds_the_design_makes_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "From 1956 the Mielec works built the whole MiG-17 fighter.", "en")
    assert any(s == "MiG-17" and r == "manufactured_by" for s, r, _ in facts), facts


def test_designs_a_list_goes_on_to_are_still_made(extractor: Extractor) -> None:
    text = "The Swidnik works began in 1952 making parts of the MiG-17, followed by 900 Mi-1 helicopters."
    facts = facts_of(extractor, text, "en")
    assert any(s == "Mi-1" and r == "manufactured_by" for s, r, _ in facts), facts
