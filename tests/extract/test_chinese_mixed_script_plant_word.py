"""Traditional Chinese text that keeps the simplified 制 in 制造 ("飛機制造廠") still names a plant: its maker is read.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_a_plant_with_a_simplified_character_is_a_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "瀋陽飛機制造廠於1959年開始仿製殲-6戰鬥機。", "zh")
    assert any(f[0] == "Shenyang J-6" and f[1] == "manufactured_by" and "Shenyang" in f[2] for f in facts), facts
