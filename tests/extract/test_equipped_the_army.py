"""Chinese "装备苏军" (equipped the Soviet army), "装备解放军", with a year before it, is the design's entry into
service, as "装备部队" was, also where the sentence leaves the design unnamed. Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "T-55是苏联研制的中型坦克。1958年装备苏军。",
    "T-55是苏联研制的中型坦克,1958年起装备苏军坦克师。",
])
def test_equipping_the_army_dates_the_design(extractor: Extractor, text: str) -> None:
    assert ("T-55", "introduced_year", "1958") in facts_of(extractor, text, "zh")
