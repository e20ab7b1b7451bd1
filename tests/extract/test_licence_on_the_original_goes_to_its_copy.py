"""A licence word a design's name stands on ("the MiG-17 production licence", "米格-17生产技术"), in a sentence that
then derives a copy named after it from that design, is the copy's licence: it went to make the copy. Not a licence
word that itself says "based on" ("berdasarkan lisensi"), which derives the name before it.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("In 1955 China bought the MiG-17 production licence and built the J-5.", "en"),
    ("1955年中国引进苏联米格-17生产技术,研制生产了歼-5战斗机。", "zh"),
])
def test_the_copy_holds_the_licence(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Shenyang J-5", "licence_status", "licensed") in facts, facts
    assert not [f for f in facts if f[0] == "MiG-17" and f[1] in {"licence_status", "licensed_by"}], facts


def test_based_on_a_licence_stays_with_the_name_before(extractor: Extractor) -> None:
    text = "Pabrik di Harbin membuat helikopter Z-6 berdasarkan lisensi Mi-4 dari Uni Soviet."
    facts = facts_of(extractor, text, "id")
    assert not [f for f in facts if f[0] == "Mi-4" and f[1] == "licence_status"], facts
