"""Spanish "desarrollo" (a development, a version) is read as the noun alone: its participle "desarrollado" (developed)
is no word of versions, so "X fue desarrollado ... en el Y" (developed into the Y) no longer makes X a version of Y.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_developed_into_makes_no_version_of_what_came_after(extractor: Extractor) -> None:
    text = "Con el tiempo, el caza chino J-7 se vio desarrollado a fondo en el JF-17 paquistaní."
    facts = facts_of(extractor, text, "es")
    assert ("Chengdu J-7", "derived_from", "JF-17") not in facts, facts


def test_the_noun_still_names_a_version(extractor: Extractor) -> None:
    facts = facts_of(extractor, "El PT-91 es un desarrollo polaco del T-72 soviético.", "es")
    assert ("PT-91 Twardy", "derived_from", "T-72") in facts, facts
