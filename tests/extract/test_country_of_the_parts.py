"""A country right before a word for parts ("用苏联零件组装", assembled from Soviet parts) is where the parts came from,
not where the design was made.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "1956年,第一架用苏联零件组装的国产米格-17下线。",
    "1956年,第一架用蘇聯零部件組裝的國產米格-17出廠。",
])
def test_the_parts_country_is_no_place_of_making(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert not [f for f in facts if f[1] == "made_in_country" and f[2] == "Soviet Union"], facts
