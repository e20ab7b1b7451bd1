"""A thing an indefinite article brings in right before a word of naming is what the name is given to ("a parade
displayed a heavier tank known as the Storm Tiger"), no other name of the product spoken of before. Sentences of our
own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of, objects


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In May a parade displayed a heavier tank known as the Storm Tiger. The T-62 had been built there under "
           "licence, and the T-62 served long."),
    ("fr", "On monta l'équipement d'abord sur le T-54, ensuite sur une maquette appelée Objet 155."),
    ("de", "Bei einer Parade zeigte man einen schwereren Panzer, genannt Storm Tiger. Der T-62 war dort in Lizenz "
           "gebaut worden, und der T-62 diente lange."),
])
def test_the_name_is_the_new_things(extractor: Extractor, lang: str, text: str) -> None:
    assert objects(facts_of(extractor, text, lang), "alias_of") == []


@pytest.mark.parametrize(("text", "name"), [
    # what a copula says the product is may be named
    ("The T-72 is a tank known as the Ural in Russia.", "Ural"),
    ("The MiG-21 is a fighter known to NATO as the Fishbed.", "Fishbed"),
])
def test_a_thing_the_product_is_keeps_the_name(extractor: Extractor, text: str, name: str) -> None:
    assert name in objects(facts_of(extractor, text, "en"), "alias_of")
