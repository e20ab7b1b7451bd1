"""Arabic: the year of an order ("بناء على طلب ... في مارس 2006", at the order of ... in March 2006) is the deal's, no
introduction; aircraft "intended for export" to a country ("معدة للتصدير إلى") were planned to go there, not sent.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_the_year_of_the_order(extractor: Extractor) -> None:
    text = "صنعت روسيا دبابات تي-90 بناء على طلب من الكويت في مايو 2011."
    facts = facts_of(extractor, text, "ar")
    assert not any(r == "introduced_year" for _, r, _ in facts), facts


def test_intended_for_export(extractor: Extractor) -> None:
    facts = facts_of(extractor, "وكانت عشر مروحيات مي-17 معدة للتصدير إلى تونس.", "ar")
    assert ("Mi-17", "exported_to", "Tunisia") not in facts, facts


def test_exported(extractor: Extractor) -> None:
    facts = facts_of(extractor, "وصدرت عشر مروحيات مي-17 إلى تونس.", "ar")
    assert ("Mi-17", "exported_to", "Tunisia") in facts, facts
