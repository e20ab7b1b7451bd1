"""A country's adjective on what a design was the basis of (or on a word of its versions), a word of example then
naming them: those named were made in that country."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang", [
    ("The Type 59 later became the basis of a few Chinese tanks, for example the Type 69 and the Type 79.", "en"),
    ("Le Type 59 a servi de base à deux chars chinois plus récents, notamment le Type 69.", "fr"),
    ("The Type 59 had a few later Chinese versions, such as the Type 69.", "en"),
])
def test_the_examples_are_made_in_the_adjectives_country(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("Type 69 tank", "made_in_country", "China") in facts, facts


def test_no_original_named_no_place(extractor):
    facts = facts_of(extractor, "Some Czech trainer versions of jets, such as the L-39, flew there too.", "en")
    assert not [f for f in facts if f[1] == "made_in_country"], facts
