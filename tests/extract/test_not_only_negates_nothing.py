"""The "not" of "not only" ("nicht nur", "inte bara", "niet alleen", "ikke bare", "ei vain", "nem csak") negates
nothing: "X is not only a copy of Y, but better" still says X is a copy of Y. A plain "not" still negates.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Die ZBD04 ist nicht nur eine Kopie der BMP-3, sondern in vielem besser.", "de"),
    ("ZBD04 är inte bara en kopia av BMP-3, den är också bättre.", "sv"),
    ("De ZBD04 is niet alleen een kopie van de BMP-3, maar ook beter.", "nl"),
    ("ZBD04 er ikke bare en kopi av BMP-3, den er også bedre.", "nb"),
    ("The ZBD04 is not only a copy of the BMP-3 but a better vehicle.", "en"),
])
def test_not_only_keeps_the_copy(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("ZBD04", "derived_from", "BMP-3") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Die ZBD04 ist keine Kopie der BMP-3.", "de"),
    ("ZBD04 är inte en kopia av BMP-3.", "sv"),
])
def test_a_plain_not_still_negates(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("ZBD04", "derived_from", "BMP-3") not in facts, facts
