"""A name with a second model's number a slash joins to it ("TT30/33") still stands in a Chinese frame of basis
("以TT30/33手枪为蓝本"): it is the original, and the country making the copy is not its place of making.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_the_slashed_name_is_the_original(extractor: Extractor) -> None:
    facts = facts_of(extractor, "朝鲜以TT30/33手枪为原型研发生产的68式手枪,是该国最常见的手枪。", "zh")
    assert not [f for f in facts if f[0].startswith("TT") and f[1] == "made_in_country"], facts
    assert any(f[1] == "derived_from" and f[2].startswith("TT") for f in facts), facts
