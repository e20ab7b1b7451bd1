"""Russian and Ukrainian words of a wish, in the past too ("захотели купить", "захотіли придбати", "выразила
желание"), make a purchase a plan, not a sale. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Египет захотел купить у России танки Т-90."),
    ("ru", "Египет изъявил желание закупить у России танки Т-90."),
    ("uk", "Єгипет захотів придбати у Росії танки Т-90."),
])
def test_a_wish_to_buy_is_no_export(extractor: Extractor, lang: str, text: str) -> None:
    assert ("T-90", "exported_to", "Egypt") not in facts_of(extractor, text, lang)


def test_a_purchase_is_still_an_export(extractor: Extractor) -> None:
    assert ("T-90", "exported_to", "Egypt") in facts_of(extractor, "Египет купил у России танки Т-90.", "ru")
