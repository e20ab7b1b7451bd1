"""A country's adjective on what a design was the basis of (or on a word of its versions), a word of example then
naming them: those named were made in that country."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang", [
    ("In time the MiG-21 became the basis of two Chinese fighters, for example the J-7 and the J-7II.", "en"),
    ("Avec le temps, le MiG-21 a servi de base à deux chasseurs chinois, notamment le J-7.", "fr"),
    ("The MiG-21 had a few Chinese versions, such as the J-7.", "en"),
])
def test_the_examples_are_made_in_the_adjectives_country(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("Chengdu J-7", "made_in_country", "China") in facts, facts


def test_no_original_named_no_place(extractor):
    facts = facts_of(extractor, "Some Czech trainer versions of jets, such as the L-39, flew there too.", "en")
    assert not [f for f in facts if f[1] == "made_in_country"], facts
