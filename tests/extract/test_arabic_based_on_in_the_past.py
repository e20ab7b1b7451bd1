"""Arabic "based on" in the past and with the verb first ("استندت ..."): the subject that stands between the verb and
"to" is the derivative, the name after "to" its original, as the present "تستند إلى" read already.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "استندت الدبابة PT-91 إلى تصميم T-72 الروسي.",
    "صنعت بولندا الدبابة PT-91 في التسعينيات. استند تصميمها كله إلى T-72.",
])
def test_the_past_of_based_on_reads_the_derivative(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "ar")
    assert ("PT-91 Twardy", "derived_from", "T-72") in facts, facts
    assert ("T-72", "derived_from", "PT-91 Twardy") not in facts, facts


def test_relying_on_help_to_buy_is_no_basis(extractor: Extractor) -> None:
    facts = facts_of(extractor, "استندت مصر إلى الدعم السوفيتي لشراء الدبابة T-55.", "ar")
    assert not any(r == "derived_from" for _, r, _ in facts), facts
