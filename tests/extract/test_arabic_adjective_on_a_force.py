"""Arabic writes the article onto an adjective that follows its noun ("القوات الجوية المصرية", the Egyptian air force):
the adjective is the force's though the article stands between, so the country whose forces receive a design is
the buyer.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_the_forces_that_receive_are_the_buyers(extractor: Extractor) -> None:
    facts = facts_of(extractor, "بدأت القوات الجوية الكويتية باستلام عشرين مقاتلة من طراز ميغ-29.", "ar")
    assert ("MiG-29", "exported_to", "Kuwait") in facts, facts
