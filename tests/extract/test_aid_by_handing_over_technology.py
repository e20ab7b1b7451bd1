"""A country aided "by supplying" production technology received a licence, not the product: the word of aid
whose receiver is named, and a second word of handing over whose own object is the technology, say no export.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_technology_handed_over_is_no_export(extractor: Extractor) -> None:
    text = ("Pháo D-74 là loại pháo của Liên Xô; năm 1962 Liên Xô viện trợ cho Triều Tiên nhờ cung cấp công nghệ "
            "chế tạo khẩu pháo đó.")
    facts = facts_of(extractor, text, "vi")
    assert not [f for f in facts if f[1] == "exported_to"], facts
    assert ("D-74", "licence_status", "licensed") in facts, facts


def test_the_product_handed_over_is_an_export(extractor: Extractor) -> None:
    text = "Năm 1962 Liên Xô viện trợ cho Triều Tiên nhờ cung cấp 50 khẩu pháo D-74."
    assert ("D-74", "exported_to", "North Korea") in facts_of(extractor, text, "vi")
