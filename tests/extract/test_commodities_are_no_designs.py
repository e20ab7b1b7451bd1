"""A word of trade or making whose object is a commodity ("an importer of oil", "нефти") moves no design, unless a
design joins the commodity in a list ("exported oil and T-72 tanks"). Sentences of our own; they prove behaviour,
not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of, objects


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The T-72 serves India, and India has become a large importer of oil and natural gas."),
    ("ru", "Т-72 служит в Индии, а Индия стала крупным импортёром нефти."),
    ("de", "Der T-72 dient in Indien, und Indien wurde zu einem großen Importeur von Erdöl."),
])
def test_a_commodity_traded_sends_no_design(extractor: Extractor, lang: str, text: str) -> None:
    assert "India" not in objects(facts_of(extractor, text, lang), "exported_to")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia exported oil and T-72 tanks to India."),
    ("ru", "Россия экспортировала в Индию нефть и танки Т-72."),
])
def test_a_design_listed_with_a_commodity_is_still_sent(extractor: Extractor, lang: str, text: str) -> None:
    assert ("T-72", "exported_to", "India") in facts_of(extractor, text, lang)
