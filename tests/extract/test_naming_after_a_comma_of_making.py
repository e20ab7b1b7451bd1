"""A word of naming right after a word of making, a comma alone between them ("...正在生产,名为歼-15", in production,
named the J-15), names what is made: a product of its own derived from the design, whichever comma the text uses.
Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("comma", [",", "，"])
def test_the_name_after_the_comma_is_the_made_version(extractor: Extractor, comma: str) -> None:
    facts = facts_of(extractor, f"中国也有苏-33的舰载机正在制造{comma}名为歼-15。", "zh")
    assert ("Shenyang J-15", "derived_from", "Su-33") in facts
    assert ("Shenyang J-15", "made_in_country", "China") in facts
    assert ("Su-33", "alias_of", "Shenyang J-15") not in facts
    assert ("Su-33", "made_in_country", "China") not in facts
