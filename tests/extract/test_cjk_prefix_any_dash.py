"""A Chinese bureau prefix written with its hyphen (苏-, 米-, 安-) takes any dash, as the letters that need none do
("歼－7"): news sites set the Su-27 as "蘇—27" or "苏－27". Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "瀋陽組裝的殲—11戰機為蘇—27的翻版。",
    "歼－11战斗机是苏－27的仿制品。",
    "歼‒11是苏–27的仿制品。",
])
def test_a_prefix_with_a_long_dash_is_the_design(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert any(s.endswith("J-11") and r == "derived_from" and o == "Su-27" for s, r, o in facts), facts


def test_the_hyphen_still_reads_and_a_bare_character_does_not(extractor: Extractor) -> None:
    facts = facts_of(extractor, "米-8直升机运往江苏—27个县。", "zh")   # (苏 ends Jiangsu: no Su-27 there)
    assert not any("Su-27" in (s, o) for s, _, o in facts), facts
    facts = facts_of(extractor, "运-7是安—24的仿制型。", "zh")
    assert any(s.endswith("Y-7") and r == "derived_from" and o == "An-24" for s, r, o in facts), facts
