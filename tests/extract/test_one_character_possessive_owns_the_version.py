"""A possessive written as one character (Chinese 其, "its") right before a word of versions makes the name after the
word a version of the design spoken of before, as a possessive word does ("its improved version, the SM-2"); the
version is never read as the original of what owns it.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "歼-6在沈阳大量生产。其衍生型强-5主要用于对地攻击。",
    "歼-6在沈阳大量生产。其衍生的强击型强-5后来也出口到巴基斯坦。",
])
def test_the_name_after_its_version_word_is_the_version(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert ("Q-5", "derived_from", "Shenyang J-6") in facts, facts
    assert ("Shenyang J-6", "derived_from", "Q-5") not in facts, facts


def test_a_possessive_with_a_longer_name_keeps_its_reading(extractor: Extractor) -> None:
    facts = facts_of(extractor, "歼-7及其改进型歼-7E曾在成都生产。", "zh")
    assert ("J-7E", "derived_from", "Chengdu J-7") in facts, facts
