"""English "is considered" that regards ("is considered among the best") plans nothing, so a year of
introduction in its sentence stands; "considered buying", "considered for purchase", "being considered" still make a
plan of a sale. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


def test_a_regard_keeps_the_year(extractor: Extractor) -> None:
    text = "The BMP-2 introduced in 1980 is considered among the finest infantry vehicles."
    assert ("BMP-2", "introduced_year", "1980") in facts_of(extractor, text, "en")


@pytest.mark.parametrize("text", [
    "Peru considered buying the BMP-2 from Russia.",
    "The BMP-2 was considered for purchase by Peru.",
])
def test_a_purchase_considered_is_no_sale(extractor: Extractor, text: str) -> None:
    assert ("BMP-2", "exported_to", "Peru") not in facts_of(extractor, text, "en")
