"""A design German "unterscheidet sich (kaum) von" governs is what the subject is set against: the place where the
subject was made is not that design's."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "Die ersten in Ungarn montierten Gewehre AMD-65 unterschieden sich kaum von der sowjetischen AKM.",
    "Die in Ungarn montierten Gewehre AMD-65 unterscheiden sich von der sowjetischen AKM.",
])
def test_the_design_set_against_was_not_made_there(extractor, text):
    facts = facts_of(extractor, text, "de")
    assert ("AMD-65", "made_in_country", "Hungary") in facts, facts
    assert ("AKM", "made_in_country", "Hungary") not in facts, facts
