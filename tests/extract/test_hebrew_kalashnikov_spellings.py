"""Hebrew writes the Kalashnikov with tsadi and geresh, or with shin, as well as with alef: each is the family's name.

The sentences were written for these tests.
"""

from __future__ import annotations

from .conftest import facts_of


def test_hebrew_kalashnikov_with_tsadi_geresh_names_the_family(extractor) -> None:
    facts = facts_of(extractor, "ה-AK-47, המכונה קלצ'ניקוב, הוא רובה סער.", "he")
    assert ("AK-47", "alias_of", "AK") in facts, facts
