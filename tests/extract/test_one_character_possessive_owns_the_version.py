"""A possessive written as one character (Chinese 其, "its") right before a word of versions makes the name after the
word a version of the design spoken of before, as a possessive word does ("its improved version, the SM-2"); the
version is never read as the original of what owns it. Where the owner comes first, a name a copula says is "its
version" ("强-5是其衍生型", "強撃五型はその派生型である") is a version of the name before it, or of the design spoken
of.

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


@pytest.mark.parametrize(("text", "lang"), [
    ("歼-6在沈阳大量生产。强-5是其衍生型。", "zh"),
    ("歼-6在沈阳大量生产。强-5是它的改进型。", "zh"),
    ("歼-6在沈阳大量生产,强-5是其衍生型。", "zh"),
    ("殲撃六型は瀋陽で大量生産された。強撃五型はその派生型である。", "ja"),
])
def test_a_name_said_to_be_its_version_is_the_version(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Q-5", "derived_from", "Shenyang J-6") in facts, facts
    assert ("Shenyang J-6", "derived_from", "Q-5") not in facts, facts


def test_the_name_right_before_the_word_stays_the_original(extractor: Extractor) -> None:
    facts = facts_of(extractor, "59式坦克是苏联T-54A的仿制型。", "zh")
    assert ("Type 59 tank", "derived_from", "T-54A") in facts, facts
