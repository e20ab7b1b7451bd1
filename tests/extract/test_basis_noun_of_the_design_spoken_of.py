"""Where the owner comes first, a noun for the design another was built on ("原型为", "原型は") in a sentence that names
no design before it goes on about the design spoken of: that design derives from the one the noun names, and a year
later in the sentence is its own, not the original's. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "歼-6是沈阳制造的一种战斗机。原型为苏联米格-19,1964年开始装备空军。"),
    ("zh", "殲-6是瀋陽製造的一種戰鬥機。早期曾用過別的代號,原型為蘇聯米格-19,1964年開始裝備空軍。"),
])
def test_the_basis_noun_speaks_of_the_design_before(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Shenyang J-6", "derived_from", "MiG-19") in facts
    assert ("MiG-19", "introduced_year", "1964") not in facts


def test_a_design_named_before_the_noun_owns_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "沈阳的工厂很大。歼-6的原型为苏联米格-19。", "zh")
    assert ("Shenyang J-6", "derived_from", "MiG-19") in facts


@pytest.mark.parametrize("text", ["歼-6的原型实际上是苏联的米格-19。", "殲-6的原型其實是蘇聯設計的米格-19。"])
def test_an_adverb_between_the_basis_noun_and_its_copula(extractor: Extractor, text: str) -> None:
    assert ("Shenyang J-6", "derived_from", "MiG-19") in facts_of(extractor, text, "zh")
