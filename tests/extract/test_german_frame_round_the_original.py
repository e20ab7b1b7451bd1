"""German derivation verbs whose parts stand round their object ("geht auf den BMP-1 zurück", "ging aus der J-6
hervor", "Aus dem T-54 entstand der T-55") name the original inside the frame, and a participle that ends the
clause after a word of "from" ("wurde aus dem Type 59 entwickelt") makes the name before it the derivative.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "child", "original"), [
    ("Der tschechoslowakische BVP-1 geht auf den BMP-1 zurück.", "BVP-1", "BMP-1"),
    ("Das Erdkampfflugzeug Q-5 ging aus der J-6 hervor.", "Q-5", "Shenyang J-6"),
    ("Aus der J-6 entstand in Nanchang das Erdkampfflugzeug Q-5.", "Q-5", "Shenyang J-6"),
    ("Aus der J-6 ging der Q-5 hervor.", "Q-5", "Shenyang J-6"),
    ("Der T-54, aus dem der T-55 entstand, wurde auch in Polen gebaut.", "T-55", "T-54"),
])
def test_the_original_inside_a_framed_verb(extractor: Extractor, text: str, child: str, original: str) -> None:
    facts = facts_of(extractor, text, "de")
    assert (child, "derived_from", original) in facts, facts
    assert (original, "derived_from", child) not in facts, facts


def test_a_participle_after_from_makes_the_name_before_it_the_derivative(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Der chinesische Type 69 wurde aus dem Type 59 entwickelt.", "de")
    assert ("Type 69 tank", "derived_from", "Type 59 tank") in facts, facts


@pytest.mark.parametrize("text", [
    "Die MiG-21 wurde aus der Sowjetunion nach Indien gebracht.",
    "Die Soldaten haben die AK-47 aus dem Lager beim T-55 geholt.",
])
def test_from_a_place_makes_no_derivative(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "de")
    assert not any(r == "derived_from" for _, r, _ in facts), facts
