"""Chinese names the original of a new design inside a frame a basis word closes ("以X为基础", taking X as the
basis; "根据X仿制了Y", after X copied Y): X is the original and the name after the verb is what was made, not the
other way round. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text, child, parent", [
    ("该厂以歼-7为基础研制了FC-1战斗机。", "FC-1", "Chengdu J-7"),
    ("该厂以歼-7为基础,与外国伙伴一起研制了FC-1战斗机。", "FC-1", "Chengdu J-7"),
    ("兵工厂以苏联的D-30榴弹炮为原型,仿制了86式榴弹炮。", "Type 86", "D-30"),
    ("当年兵工厂根据苏联的D-30榴弹炮仿制了86式榴弹炮。", "Type 86", "D-30"),
    ("該廠以殲-7為基礎研製了FC-1戰鬥機。", "FC-1", "Chengdu J-7"),
])
def test_framed_original(extractor: Extractor, text: str, child: str, parent: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert (child, "derived_from", parent) in facts, facts
    assert (parent, "derived_from", child) not in facts, facts


def test_adjective_on_framed_original_places_nothing(extractor: Extractor) -> None:
    # the Soviet Union owns the original: no place of making is said
    facts = facts_of(extractor, "当年兵工厂根据苏联的D-30榴弹炮仿制了86式榴弹炮。", "zh")
    assert not any(s == "D-30" and r == "made_in_country" for s, r, _ in facts), facts


def test_located_basis_still_read(extractor: Extractor) -> None:
    facts = facts_of(extractor, "该厂在歼-7的基础上研制了FC-1战斗机。", "zh")
    assert ("FC-1", "derived_from", "Chengdu J-7") in facts, facts
