"""A product noun a hyphen glues to a designation ("T-72-vaunuja", T-72 tanks) already has its name: the capitalised
word after it is no name of a product ("Varsovan liiton maihin", to the countries of the Warsaw Pact, is "of
Warsaw", not a tank called "Varsovan").

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_a_capital_after_a_glued_noun_names_no_product(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Neuvostoliitto myi T-72-vaunuja Varsovan liiton maihin ja Intiaan.", "fi")
    assert ("T-72", "exported_to", "India") in facts, facts
    assert not [f for f in facts if f[0].startswith("Varsov")], facts
