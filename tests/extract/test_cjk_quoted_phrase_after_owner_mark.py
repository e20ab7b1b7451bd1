"""A quoted phrase after a product noun and an owner's mark ("轻武器的“名片”", the light arms' "calling card") is a
phrase the noun owns, no name of a product. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    '56式冲锋枪大量出口到各国,成为中国武器的"金字招牌"。',
    "56式冲锋枪大量出口到各国,成为中国武器的“金字招牌”。",
])
def test_owned_quoted_phrase_is_no_product(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert not any(s == "金字招牌" for s, _, _ in facts), facts
