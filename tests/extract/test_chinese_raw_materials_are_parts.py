"""Chinese words for raw materials and armour steel (原材料, 钢材, 装甲钢) are parts: bought or sold for a design, they
say nothing of where the design itself went.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "越南从中国进口了62式坦克的装甲钢。",
    "越南從中國進口了62式坦克的原材料。",
])
def test_materials_bought_are_no_export_of_the_design(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert not [f for f in facts if f[1] == "exported_to"], facts
