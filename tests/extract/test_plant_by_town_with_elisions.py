"""A lower-case plant word, words of what it makes with an article or "of" cut short by an apostrophe, and a town
("l'usine d'hélicoptères de Kazan", "la fabbrica d'armi di Kragujevac") name that town's plant, as "la fábrica de armas
de Kragujevac" does; a word of making spelt like a plant word ("fabriqué") is the verb where a plant word follows it.
Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("fr", "Le Mi-8 est produit par l'usine d'hélicoptères de Kazan.", ("Mi-8", "manufactured_by", "Kazan plant")),
    ("it", "Il carro M-84 fu costruito dalla fabbrica d'armi di Kragujevac.",
     ("M-84", "manufactured_by", "Kragujevac plant")),
    ("fr", "Le fusil M70 a été fabriqué à l'usine d'armes de Kragujevac.",
     ("Zastava M70", "manufactured_by", "Kragujevac plant")),
])
def test_the_town_names_the_plant(extractor: Extractor, lang: str, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


def test_a_plant_word_alone_before_the_town_still_reads(extractor: Extractor) -> None:
    text = "O J-7 foi montado na fábrica de aviões de Shenyang."
    assert ("Chengdu J-7", "manufactured_by", "Shenyang plant") in facts_of(extractor, text, "pt")
