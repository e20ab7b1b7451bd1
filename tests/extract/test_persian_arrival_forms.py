"""Persian says a delivery arrived with "رسید" (it arrived), its perfect "رسیده" and its present "می‌رسد", not only
the plural past "رسیدند": the country "به" (to) puts the design in is where it went. Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "اولین محموله تانک‌های T-90 روسی هفته گذشته به الجزایر رسید.",
    "گفته می‌شود تانک‌های T-90 روسی به الجزایر رسیده است.",
])
def test_the_design_went_where_it_arrived(extractor: Extractor, text: str) -> None:
    assert ("T-90", "exported_to", "Algeria") in facts_of(extractor, text, "fa")


def test_a_planned_arrival_sends_nothing_yet(extractor: Extractor) -> None:
    text = "قرار است تانک‌های T-90 روسی تا پایان سال به الجزایر برسد."
    assert ("T-90", "exported_to", "Algeria") not in facts_of(extractor, text, "fa")


def test_reaching_a_stage_sends_nothing(extractor: Extractor) -> None:
    facts = facts_of(extractor, "تولید تانک T-72 در ایران به مرحله انبوه رسید.", "fa")
    assert not [f for f in facts if f[1] == "exported_to"], facts
