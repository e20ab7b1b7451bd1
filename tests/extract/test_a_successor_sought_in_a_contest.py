"""A word of succession a contest or tender governs ("a competition for a successor to the TT-33", "konkurs na
następcę", "soutěž o nástupce") names what the entrants were meant to replace: the entrant is not derived from it.
A successor said plainly still is.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The P-64 pistol was entered in a competition for a successor to the TT-33 pistol."),
    ("pl", "Pistolet P-64 opracowano w Radomiu i zgłoszono do konkursu na następcę pistoletu TT-33."),
    ("cs", "Pistole vz. 82 byla přihlášena do soutěže o nástupce pistole TT-33."),
    ("sk", "Pištoľ vz. 82 sa zúčastnila súťaže o nástupcu pištole TT-33."),
])
def test_an_entrant_is_not_derived_from_what_it_was_to_replace(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "derived_from" and f[2] == "TT-33"], facts


@pytest.mark.parametrize(("lang", "text", "child"), [
    ("en", "The P-64 pistol was the successor to the TT-33 pistol in the army.", "P-64"),
    ("pl", "Pistolet P-64 był następcą pistoletu TT-33 w wojsku.", "P-64"),
])
def test_a_plain_successor_is_still_derived(extractor: Extractor, lang: str, text: str, child: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (child, "derived_from", "TT-33") in facts, facts
