"""A country's name with the Romanian article-ending "-ului" glued on ("Egiptului", "Irakului", to Egypt, to Iraq)
is the name in the dative, not an adjective: a word of selling sends the product there.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "product", "country"), [
    ("Uniunea Sovietică a vândut tancuri T-62 Egiptului.", "T-62", "Egypt"),
    ("Rusia a livrat Irakului elicoptere Mi-28.", "Mi-28", "Iraq"),
])
def test_the_dative_name_receives(extractor: Extractor, text: str, product: str, country: str) -> None:
    facts = facts_of(extractor, text, "ro")
    assert (product, "exported_to", country) in facts, facts


def test_the_adjective_stays_an_adjective(extractor: Extractor) -> None:
    # (a guard: "egiptean" in lower case still says whose the tanks are, no recipient)
    facts = facts_of(extractor, "Tancurile T-62 egiptene au fost modernizate.", "ro")
    assert ("T-62", "exported_to", "Egypt") not in facts, facts
