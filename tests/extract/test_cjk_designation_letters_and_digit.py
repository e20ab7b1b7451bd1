"""A designation written with a Chinese prefix keeps a digit after its version letters ("蘇-30MK2" is the Su-30MK2,
not the Su-30MK), though not one that starts a count of units ("苏-27SK24架": 24 aircraft). Sentences of our own; they
prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor
from copytrace.extract.shapes import designations

from .conftest import facts_of


def _read(text: str) -> list[str]:
    return [d.canonical for d in designations(text, 0, len(text))]


def test_a_digit_after_the_version_letters_is_the_designations() -> None:
    assert _read("蘇—30MK2戰機") == ["Su-30MK2"]
    assert _read("苏-30MK2是") == ["Su-30MK2"]


def test_a_count_after_the_letters_is_no_part_of_it() -> None:
    assert _read("引进苏-27SK24架") == ["Su-27SK"]
    assert _read("苏-27SK2架") == ["Su-27SK"]


def test_the_copy_of_such_a_design_names_it_whole(extractor: Extractor) -> None:
    facts = facts_of(extractor, "殲—16是俄羅斯蘇—30MK2戰機的複製品。", "zh")
    assert ("Shenyang J-16", "derived_from", "Su-30MK2") in facts
