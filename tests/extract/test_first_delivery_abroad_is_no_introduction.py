"""A phrase of introduction that is a word of delivery ("first delivered", "first deliveries") dates a first sale
abroad, not the design's introduction, where it sends the product to a country and names no forces.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "product", "country", "year"), [
    ("The Su-22 was first delivered to Peru in 1977.", "Su-22", "Peru", "1977"),
    ("First deliveries of the BMP-2 to Finland took place in 1984.", "BMP-2", "Finland", "1984"),
])
def test_a_first_sale_abroad_is_an_export_only(extractor: Extractor, text: str, product: str, country: str,
                                               year: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert (product, "exported_to", country) in facts, facts
    assert (product, "introduced_year", year) not in facts, facts


@pytest.mark.parametrize(("text", "product", "year"), [
    # (guards: its own forces, or no country at all, and the phrase dates the introduction)
    ("The Su-22 was first delivered to the Soviet air force in 1971.", "Su-22", "1971"),
    ("The Su-22 was first delivered in 1971.", "Su-22", "1971"),
])
def test_a_first_delivery_at_home_is_an_introduction(extractor: Extractor, text: str, product: str,
                                                     year: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert (product, "introduced_year", year) in facts, facts
