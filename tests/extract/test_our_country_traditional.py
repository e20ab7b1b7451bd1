"""Mainland writing names China "our country" (我国), in traditional characters too (我國), as on Hong Kong and
Taiwan mirrors of mainland articles. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "1956年,蘇聯協助我國仿製RPG-2火箭筒,並定名為56式火箭筒。",
    "1956年,苏联协助我国仿制RPG-2火箭筒,并定名为56式火箭筒。",
])
def test_our_country_is_china(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert any(r == "made_in_country" and o == "China" for _, r, o in facts), facts
    assert not any(r == "made_in_country" and o == "Soviet Union" for _, r, o in facts), facts
