"""A name set off by commas after the sentence's first name ("Le célèbre Type 56, une copie de l'AK-47, a été livré à
l'Iran") is an aside: the verb after it speaks of the first name, also where an article and a plain adjective open the
sentence before that name, as it did where only an article or a noun of its kind stood there. Sentences of our own;
they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le célèbre Type 56, une copie de l'AK-47, a été livré à l'Iran."),
    ("es", "El famoso Type 56, una copia del AK-47, fue entregado a Irán."),
    ("it", "Il famoso Type 56, una copia dell'AK-47, fu consegnato all'Iran."),
    ("en", "The famous Type 56, a copy of the AK-47, was delivered to Iran."),
])
def test_the_verb_past_the_aside_speaks_of_the_first_name(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Type 56", "exported_to", "Iran") in facts
    assert ("AK-47", "exported_to", "Iran") not in facts


def test_a_relative_clause_after_the_original_stays_its_own(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The J-6 is a copy of the MiG-19, which was exported to Cuba.", "en")
    assert ("MiG-19", "exported_to", "Cuba") in facts
