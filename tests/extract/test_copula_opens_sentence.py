"""Where the language leaves the subject pronoun out, a copula that opens the sentence ("È una versione del T-54A",
"Es una copia del", "Este o versiune a") speaks of what the sentence before spoke of, as "It is" does. Sentences of
our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il Type 62 è un carro leggero cinese. È una versione alleggerita del carro sovietico T-54A."),
    ("es", "El Type 62 es un tanque ligero chino. Es una versión aligerada del tanque soviético T-54A."),
    ("ro", "Type 62 este un tanc ușor chinezesc. Este o versiune ușoară a tancului sovietic T-54A."),
])
def test_a_copula_opening_the_sentence_carries_its_subject(extractor: Extractor, lang: str, text: str) -> None:
    assert ("Type 62 light tank", "derived_from", "T-54A") in facts_of(extractor, text, lang)


def test_a_pronoun_still_carries_it(extractor: Extractor) -> None:
    text = "Il Type 62 è un carro leggero cinese. Esso è una versione alleggerita del carro sovietico T-54A."
    assert ("Type 62 light tank", "derived_from", "T-54A") in facts_of(extractor, text, "it")
