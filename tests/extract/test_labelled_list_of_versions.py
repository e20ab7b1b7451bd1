"""A line that ends in a word of versions and a colon and names no design ("Ne furono costruiti diversi modelli:")
lists versions of the design spoken of; each line after it that opens with a name a colon or a dash labels
("Type 69-II: ...") is one of them, not a version of the item before it.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of

_LISTED = (
    "Il Type 69, mezzo corazzato di Pechino, deriva dal Type 59.\n"
    "Ne furono costruiti diversi modelli:\n"
    "Tipo 69-I: prima serie, con cannone liscio e telemetro ottico.\n"
    "Tipo 69-II: modello con un nuovo telemetro laser.\n"
)


def test_each_labelled_line_is_a_version_of_the_design_spoken_of(extractor: Extractor) -> None:
    facts = facts_of(extractor, _LISTED, "it")
    assert ("Type 69-I", "derived_from", "Type 69 tank") in facts, facts
    assert ("Type 69-II", "derived_from", "Type 69 tank") in facts, facts


def test_an_item_is_no_version_of_the_item_before_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, _LISTED, "it")
    assert ("Type 69-II", "derived_from", "Type 69-I") not in facts, facts


def test_a_list_without_a_word_of_versions_makes_none(extractor: Extractor) -> None:
    text = ("Il Type 69, mezzo corazzato di Pechino, deriva dal Type 59.\n"
            "Altri carri armati cinesi:\n"
            "Type 99: carro armato moderno con cannone da 125 mm.\n")
    facts = facts_of(extractor, text, "it")
    assert ("Type 99 tank", "derived_from", "Type 69 tank") not in facts, facts
    assert not any(s.startswith("Type 99") and r == "derived_from" for s, r, _ in facts), facts
