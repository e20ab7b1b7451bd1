"""Where names take case endings, a country's name in the nominative right after a verb of selling is the verb's
subject, the seller, not where the goods went ("tenkove je vladi u Skoplju isporučila Rusija"); its dative still
receives.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Tenkove T-72 je makedonskoj vojsci prije dvadeset godina isporučila Rusija.", "hr"),
    ("Ове тенкове Т-72 је војсци у Скопљу испоручила Русија.", "sr"),
])
def test_the_nominative_after_the_verb_sells(small_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(small_extractor, text, lang)
    assert ("T-72", "exported_to", "Russia") not in facts, facts


def test_the_dative_still_receives(small_extractor: Extractor) -> None:
    facts = facts_of(small_extractor, "Tenkove T-72 isporučila je Rusija Makedoniji.", "hr")
    assert ("T-72", "exported_to", "North Macedonia") in facts, facts
    assert ("T-72", "exported_to", "Russia") not in facts, facts
    facts = facts_of(small_extractor, "Jugoslavija je prodala tenkove M-84 Kuvajtu.", "hr")
    assert ("M-84", "exported_to", "Kuwait") in facts, facts
    assert ("M-84", "exported_to", "Yugoslavia") not in facts, facts
