"""A capital letter and a full stop after a word of naming is a person's initial ("the works were named after
J. V. Stalin"), no other name of the product spoken of.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("sk", "Tank T-54 sa vyrábal v Martine. Podnik potom niesol meno K. Gottwalda."),
    ("cs", "Tank T-54 se vyráběl v Martině. Závod dostal jméno K.Gottwalda."),
])
def test_an_initial_after_a_word_of_naming_is_no_alias(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "alias_of"], facts


@pytest.mark.parametrize(("lang", "text"), [
    # (a name of one capital word after the word of naming stays a name)
    ("sk", "Tank T-72M1 dostal meno Hurikán."),
])
def test_a_capitalised_name_after_a_word_of_naming_stays_an_alias(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-72M1", "alias_of", "Hurikán") in facts, facts
