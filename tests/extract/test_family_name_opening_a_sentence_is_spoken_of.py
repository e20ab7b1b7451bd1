"""A family's name ("die Kalaschnikows") that opens a sentence as its only design is what that sentence speaks of,
so a pronoun in the next sentence points at it, not at the page's topic named earlier.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_a_pronoun_after_a_family_name_points_at_the_family(extractor: Extractor) -> None:
    text = ("Im Museum liegt eine Wieger neben anderen Gewehren. Die Wieger verschoss kleinere Patronen. "
            "Die Kalaschnikows waren dagegen schwerer. "
            "Gefertigt wurden sie nach sowjetischen Plänen in Polen.")
    facts = facts_of(extractor, text, "de")
    assert ("AK", "made_in_country", "Poland") in facts, facts
    assert ("Wieger StG-940", "made_in_country", "Poland") not in facts, facts
