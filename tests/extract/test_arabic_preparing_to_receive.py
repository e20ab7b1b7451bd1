"""Arabic: a party that "prepares to" receive or send something ("تستعد لاستلام", "يستعد لتسليم") has not yet got
it: no export is read; the same sentence with the delivery done is one.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_preparing_to_receive(extractor: Extractor) -> None:
    facts = facts_of(extractor, "تستعد الجزائر لاستلام 30 مقاتلة روسية من طراز سو-30.", "ar")
    assert ("Su-30", "exported_to", "Algeria") not in facts, facts


def test_preparing_to_hand_over(extractor: Extractor) -> None:
    facts = facts_of(extractor, "ويستعد المصنع الروسي لتسليم 12 مروحية مي-17 إلى تونس.", "ar")
    assert ("Mi-17", "exported_to", "Tunisia") not in facts, facts


def test_received(extractor: Extractor) -> None:
    facts = facts_of(extractor, "تسلمت الجزائر 30 مقاتلة روسية من طراز سو-30.", "ar")
    assert ("Su-30", "exported_to", "Algeria") in facts, facts
