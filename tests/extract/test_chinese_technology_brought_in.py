"""Chinese "引进 ~ 技术" / "购买 ~ 生产线" (brought in, bought, a party's technology or production line) before a
word of making is a licence: the design made with it is licensed, by the party named inside.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "product", "maker_country"), [
    ("1958年,波兰引进苏联技术,开始生产T-54坦克。", "T-54", "Poland"),
    ("1963年捷克斯洛伐克引進蘇聯技術製造BMP-1步兵戰車。", "BMP-1", "Czechoslovakia"),
])
def test_technology_brought_in_is_a_licence(extractor: Extractor, text: str, product: str,
                                             maker_country: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert (product, "licence_status", "licensed") in facts, facts
    assert (product, "licensed_by", "Soviet Union") in facts, facts
    assert (product, "made_in_country", maker_country) in facts, facts
