"""Finnish writes "is made" and "is assembled" in the present passive, with one t ("valmistetaan", "kootaan"),
unlike the past ("valmistettiin"): a place in the inessive beside one is where the design is made."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("verb", ["valmistetaan", "kootaan"])
def test_present_passive_makes_in_the_place(extractor: Extractor, verb: str) -> None:
    facts = facts_of(extractor, f"AR-M1:tä {verb} nykyään Bulgariassa.", "fi")
    assert any(r == "made_in_country" and o == "Bulgaria" for _, r, o in facts), facts
