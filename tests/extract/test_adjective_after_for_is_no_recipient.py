"""A country's adjective after a word of "to" or "for" on anything but forces ("for Soviet debts") marks no
recipient: the buyer named before the verb stays the buyer.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "product", "country"), [
    ("Hungary acquired MiG-29s from Russia as payment for Soviet debt.", "MiG-29", "Hungary"),
    ("Bulgaria got S-300 systems from Russia in exchange for Soviet loans.", "S-300", "Bulgaria"),
])
def test_the_buyer_stays_the_buyer(extractor: Extractor, text: str, product: str, country: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert (product, "exported_to", country) in facts, facts


def test_an_adjective_on_forces_still_marks_the_recipient(extractor: Extractor) -> None:
    # (a guard: "to the Indian army" sends it to India)
    facts = facts_of(extractor, "Russia sold the T-90 to the Indian army.", "en")
    assert ("T-90", "exported_to", "India") in facts, facts
    assert ("T-90", "exported_to", "Russia") not in facts, facts
