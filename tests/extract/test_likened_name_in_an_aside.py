"""A name that a word of likening opens an aside with, set off by commas after another name ("made in China and, like
the AKM, sent to Vietnam"), is what that name is likened to: what the clause goes on to say is the other's, and a name
the clause gives is not the likened one's either. After a kind of product the word brings examples ("tanks, like the
T-72, were sold"), which the clause speaks of. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Type 56 was made in China and, like the AKM, exported to Vietnam."),
    ("it", "Il Type 56 era prodotto in Cina e, come già l'AKM, venne poi esportato in Vietnam."),
    ("fr", "Le Type 56 était fabriqué en Chine et, comme l'AKM, fut exporté au Vietnam."),
    ("es", "El Tipo 56 se fabricaba en China y, como el AKM, fue exportado a Vietnam."),
])
def test_the_clause_after_the_aside_speaks_of_the_first_name(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Type 56", "exported_to", "Vietnam") in facts, facts
    assert ("AKM", "exported_to", "Vietnam") not in facts, facts


def test_a_name_given_after_the_aside_is_not_the_likened_ones(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Il Type 56 venne adottato nel 1956. In seguito, come già nell'AKM, si passò allo "
                                "stampaggio, sempre con il nome T56.", "it")
    assert not any(s == "AKM" and r == "alias_of" for s, r, _ in facts), facts


def test_after_a_kind_of_product_the_word_brings_an_example(extractor: Extractor) -> None:
    text = "The Type 56 was common. Many Soviet tanks, like the T-72, were exported to Iraq."
    facts = facts_of(extractor, text, "en")
    assert ("T-72", "exported_to", "Iraq") in facts, facts
