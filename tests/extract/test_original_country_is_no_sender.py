"""A country's name right on another design's name ("仿照苏联米格-17制造", made after the Soviet MiG-17) is that
original's owner; it sends nothing, so the copy delivered to the maker's own air force later in the sentence is no
export to it.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_delivery_to_own_forces_past_an_originals_country(extractor: Extractor) -> None:
    facts = facts_of(extractor, "歼-5仿照苏联米格-17制造,1956年第一批歼-5飞机交付中国海军航空兵。", "zh")
    assert ("Shenyang J-5", "exported_to", "China") not in facts, facts


def test_a_sender_named_before_still_sends(extractor: Extractor) -> None:
    facts = facts_of(extractor, "1999年,俄罗斯向中国空军交付了苏-27。", "zh")
    assert ("Su-27", "exported_to", "China") in facts, facts
