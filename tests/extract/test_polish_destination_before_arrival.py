"""Polish "trafić" (to get somewhere) with its destination put first ("do Węgier trafiły ...") sends the product
there, as "trafiły do Węgier" does; a hit on a target is no arrival.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_a_destination_before_the_verb_receives_the_product(extractor: Extractor) -> None:
    facts = facts_of(extractor, "W 1962 roku do Węgier trafiły pierwsze śmigłowce Mi-4.", "pl")
    assert ("Mi-4", "exported_to", "Hungary") in facts, facts


def test_a_hit_is_no_arrival(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Pocisk wystrzelony z T-72 trafił w cel na poligonie.", "pl")
    assert not any(f[1] == "exported_to" for f in facts), facts
