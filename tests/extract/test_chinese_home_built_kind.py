"""Chinese "国产" (home-built), in mainland writing the country whose words they are, as "我国" is: on a kind of
product, a few words of what kind between, it says the design so described was made in China; not where the sentence
names another country before it (whose home it is then), not on a design's name (the home copy a later sentence
names), nor on a material.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "product"), [
    ("歼-6是早期的国产轻型战斗机。", "Shenyang J-6"),
    ("海军装备过的国产单座战机——歼-6已经退役。", "Shenyang J-6"),
    ("直-5是一型國產多用途直升機,很快投入使用。", "Harbin Z-5"),
])
def test_a_home_built_kind_is_made_in_china(extractor: Extractor, text: str, product: str) -> None:
    assert (product, "made_in_country", "China") in facts_of(extractor, text, "zh")


@pytest.mark.parametrize("text", [
    "胜利坦克是印度的第一种国产坦克,后来又引进了T-72。",   # another country's home
    "工厂造出了第一批国产T-55,次年该型坦克被定名为59式坦克。",   # glued to a name: the copy named later
    "1963年国产装甲钢研制成功,59式坦克于是大批生产。",   # a material
])
def test_no_china_where_home_is_another_or_no_kind(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert not [f for f in facts if f[1] == "made_in_country" and f[2] == "China" and f[0] != "Type 59 tank"], facts
