"""Where every noun takes a capital (German), a word for a kind of product after a word of naming is no name of the
product ("die Abkürzung für Hubschrauber" names no helicopter called so).

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_a_kind_word_after_a_naming_word_is_no_alias(small_extractor: Extractor) -> None:
    text = "Das Büro erhielt den Auftrag für den W-12 (W steht im Russischen als Abkürzung für Hubschrauber)."
    facts = facts_of(small_extractor, text, "de")
    assert not [f for f in facts if f[1] == "alias_of"], facts


def test_a_name_after_a_naming_word_stays(small_extractor: Extractor) -> None:
    text = "Die Ka-25 ist im Westen auch bekannt als Hormone."
    facts = facts_of(small_extractor, text, "de")
    assert ("Ka-25", "alias_of", "Hormone") in facts, facts
