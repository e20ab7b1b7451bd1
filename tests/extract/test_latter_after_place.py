""""The latter" (Italian "il quale", French "ce dernier", Spanish "el cual") points at the last product the sentence
before named, also where a country stands between that product and the one named before it ("X is made in Iran as
a version of Y. The latter is a copy of Z": Y is the copy of Z). Sentences of our own; they prove behaviour, not
quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Zagros 2 rifle is assembled in Iran as a local version of the Type 79. The latter is in turn a copy "
           "of the SVD."),
    ("it", "Il fucile Zagros 2 viene assemblato in Iran come variante locale del Type 79. Il quale è a sua volta "
           "una copia dello SVD."),
    ("fr", "Le fusil Zagros 2 est assemblé en Iran comme variante locale du Type 79. Ce dernier est lui-même une "
           "copie du SVD."),
    ("es", "El fusil Zagros 2 se ensambla en Irán como variante local del Type 79. El cual es a su vez una copia "
           "del SVD."),
])
def test_the_latter_is_the_product_named_last(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Type 79", "derived_from", "SVD") in facts
    assert not any(f[0] != "Type 79" and f[1:] == ("derived_from", "SVD") for f in facts)


def test_the_former_still_needs_two_products_named_last(extractor: Extractor) -> None:
    facts = facts_of(extractor, "China built the Type 56 and the Type 63. The former is a copy of the AK-47.", "en")
    assert ("Type 56", "derived_from", "AK-47") in facts
