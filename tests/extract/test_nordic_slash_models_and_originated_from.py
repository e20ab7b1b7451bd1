"""Nordic model numbers written with a slash ("m/58", "M/62") are designations, not a unit's "m/s"; English
"originated from" derives. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_a_slash_model_number_is_a_design(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The m/57 was developed from the AK by Valmet around 1957.", "en")
    assert ("m/57", "derived_from", "AK") in facts


def test_a_unit_with_a_slash_is_no_design(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The BMP-1 reaches 65 km/h on roads and its shell leaves at 665 m/s.", "en")
    assert {s for s, _, _ in facts} <= {"BMP-1"}


def test_originated_from_derives(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Lim-5 originated from the Soviet MiG-17F.", "en")
    assert any(rel == "derived_from" and obj.startswith("MiG-17") for _, rel, obj in facts)
