"""A country with an owner's mark (ja の, zh 的) right before a name owns that name: the two are no pair of names and
countries that alternate ("X ... country-A Y ... country-B"), so the place of making after the owned name stays the
first name's."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_japanese_owned_original_made_elsewhere(extractor):
    facts = facts_of(extractor, "56式自動小銃は、ソ連のAK-47を中国で生産した小銃である。", "ja")
    assert ("Type 56", "made_in_country", "China") in facts


def test_japanese_licence_built_tank(extractor):
    facts = facts_of(extractor, "59式中戦車は、ソ連のT-54A中戦車を中国でライセンス生産した車両である。", "ja")
    assert ("Type 59 tank", "made_in_country", "China") in facts


def test_chinese_owned_original_made_elsewhere(extractor):
    facts = facts_of(extractor, "56式冲锋枪是苏联的AK-47在中国生产的版本。", "zh")
    assert ("Type 56", "made_in_country", "China") in facts
    assert ("Type 56", "derived_from", "AK-47") in facts
