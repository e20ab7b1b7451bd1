"""French, Italian and Spanish "was the basis of" with a copula or "formed" ("fut la base de", "costituì la base
del", "es la base de"; French "est à l'origine du") name what was built on the design before them, and the words
for "including" that a participle writes ("inclusi", "incluidos") bring the versions; Italian "sviluppato" is no
noun of versions, "sviluppato dal" is a word of basis.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Le Type 59 fut la base de plusieurs chars chinois, dont le Type 69.", "fr"),
    ("Le Type 59 est à l'origine du Type 69 de l'armée chinoise.", "fr"),
    ("Il Type 59 costituì la base del Type 69 cinese.", "it"),
    ("Il Type 59 fu la base di diversi mezzi cinesi, inclusi i carri Type 69 e Type 79.", "it"),
    ("El Type 59 es la base de varios tanques chinos, incluidos el Type 69 y el Type 79.", "es"),
])
def test_the_design_built_on_the_basis_is_its_derivative(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Type 69 tank", "derived_from", "Type 59 tank") in facts, facts
    assert ("Type 59 tank", "derived_from", "Type 69 tank") not in facts, facts


def test_developed_from_in_italian(extractor: Extractor) -> None:
    facts = facts_of(extractor, "L'aereo d'attacco Q-5 fu sviluppato dal caccia J-6.", "it")
    assert ("Q-5", "derived_from", "Shenyang J-6") in facts, facts


def test_developed_into_in_italian_is_no_version_of_what_came_after(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Il caccia J-6 fu poi sviluppato nel Q-5 da attacco.", "it")
    assert ("Shenyang J-6", "derived_from", "Q-5") not in facts, facts
