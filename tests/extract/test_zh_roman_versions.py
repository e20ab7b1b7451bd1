"""Chinese writes a version's roman numeral as one character after the number ("歼-7Ⅱ", "69-Ⅱ式"): it is part of
the designation (the J-7II, the Type 69-II), and two numerals are versions side by side, neither the other's.
Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text, child, parent", [
    ("歼-7Ⅱ是歼-7的改进型。", "J-7II", "Chengdu J-7"),
    ("殲-7Ⅲ是殲-7的改進型。", "J-7III", "Chengdu J-7"),
    ("69-Ⅱ式坦克是69式坦克的改进型。", "Type 69-II", "Type 69 tank"),
])
def test_roman_numeral_is_the_version(extractor: Extractor, text: str, child: str, parent: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert (child, "derived_from", parent) in facts, facts


def test_numerals_side_by_side(extractor: Extractor) -> None:
    facts = facts_of(extractor, "该机的改进型包括歼-7I、歼-7Ⅱ和歼-7Ⅲ。", "zh")
    assert not any(s in {"J-7II", "J-7III"} and r == "derived_from" and o == "J-7I" for s, r, o in facts), facts


def test_glued_latin_numerals_side_by_side(extractor: Extractor) -> None:
    facts = facts_of(extractor, "该厂先后生产了歼-7I、歼-7II和歼-7III。", "zh")
    assert not any(s in {"J-7II", "J-7III"} and r == "derived_from" and o == "J-7I" for s, r, o in facts), facts
