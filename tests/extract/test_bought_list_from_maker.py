"""The state a list of designs is bought from made them, where the registry knows each as that state's own; a list
holding a design of another country's gets nothing."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang", [
    ("In those years Syria bought T-54 and T-55 tanks from the Soviet Union.", "en"),
    ("In jenen Jahren kaufte Syrien T-54 und T-55 aus der Sowjetunion.", "de"),
    ("那几年叙利亚从苏联购买了T-54和T-55坦克。", "zh"),
])
def test_each_of_the_list_is_the_sellers(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("T-54", "made_in_country", "Soviet Union") in facts, facts
    assert ("T-55", "made_in_country", "Soviet Union") in facts, facts


def test_a_list_with_a_design_of_another_country(extractor):
    facts = facts_of(extractor, "In those years Syria bought T-55 and Leopard 1 tanks from the Soviet Union.", "en")
    assert ("T-55", "made_in_country", "Soviet Union") not in facts, facts
