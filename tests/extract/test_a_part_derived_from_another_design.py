"""A part right before a word of derivation ("a tail turret derived from the bomber's", "an engine copied from the
T-62") is what was derived: the design that carries the part is no version of the other design.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _derived(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t.txt", "en") if f.relation == "derived_from"}


@pytest.mark.parametrize("text", [
    "The Y-8 had a tail turret derived from that of the H-6 bomber.",
    "The Type 80 used an engine copied from the T-62.",
])
def test_a_part_right_before_the_word_takes_the_derivation(extractor: Extractor, text: str) -> None:
    assert _derived(extractor, text) == set()


def test_the_design_itself_still_derives(extractor: Extractor) -> None:
    assert ("Shaanxi Y-8", "An-12") in _derived(extractor, "The Y-8 transport is derived from the An-12.")
