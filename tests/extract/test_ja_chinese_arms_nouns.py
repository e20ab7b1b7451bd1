"""Japanese writes Chinese small arms with their Chinese nouns in Japanese characters ("56式半自動歩槍",
"56式班用機槍"): the noun after a name several designs share tells which design it is, as "半自動小銃" does.
Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text, product, original", [
    ("56式半自動歩槍はSKSをもとに中国で作られた。", "Type 56 carbine", "SKS"),
    ("中国の56式班用機槍はRPDのコピーである。", "Type 56 light machine gun", "RPD"),
    ("中国の兵器には56式半自動歩槍(SKSのコピー)と56式班用機槍(RPDのコピー)がある。", "Type 56 light machine gun",
     "RPD"),
])
def test_chinese_noun_picks_the_design(extractor: Extractor, text: str, product: str, original: str) -> None:
    facts = facts_of(extractor, text, "ja")
    assert (product, "derived_from", original) in facts, facts
    assert ("Type 56", "derived_from", original) not in facts, facts


@pytest.mark.parametrize("text", ["56式自動歩槍はAK-47のコピーである。", "56式歩槍はAK-47のコピーである。"])
def test_rifle_noun_keeps_the_rifle(extractor: Extractor, text: str) -> None:
    # ("歩槍" alone, rifle, names no carbine)
    facts = facts_of(extractor, text, "ja")
    assert ("Type 56", "derived_from", "AK-47") in facts, facts
