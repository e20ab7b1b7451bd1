"""A wish, an attempt or a readiness to buy or make ("wanted to buy", "tried to acquire", "is eager to buy") says the
deal is wished for, not done: a plan, as "planned to" is. Sentences of our own."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "Syria wanted to buy the T-90 in 2009.",
    "Peru tried to buy the MiG-29 from Belarus.",
    "Libya attempted to acquire the Su-35 from Moscow.",
    "Ghana wished to order the BMP-2 from Ukraine.",
    "Bolivia is eager to buy the Mi-17 from Moscow.",
    "Serbia is ready to purchase the MiG-29 from Belarus.",
])
def test_a_wished_deal_is_no_export(extractor: Extractor, text: str) -> None:
    assert not [f for f in facts_of(extractor, text, "en") if f[1] == "exported_to"]


def test_a_wish_then_a_purchase_still_exports(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Poland wanted the T-72 for years and bought it in 1978.", "en")
    assert ("T-72", "exported_to", "Poland") in facts
