"""A naming word in the passive with its doer right after it and a word of "as" after the doer ("named by the air
force as the X"): the name after "as" is the one given, never the doer's.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

CASES = [
    ("pt", "Os Mi-35 comprados foram batizados pela Aeronáutica como AH-2 Sabre."),
    ("pt", "Os helicópteros Mi-35 foram designados pela Força Aérea como AH-2 Sabre."),
    ("es", "Los helicópteros Mi-35 fueron bautizados por la Fuerza Aérea como AH-2 Sabre."),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_the_name_after_the_doer_and_as_is_the_alias(extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    aliases = {o for s, r, o in facts if r == "alias_of" and s == "Mi-35"}
    assert aliases == {"AH-2"}, facts
