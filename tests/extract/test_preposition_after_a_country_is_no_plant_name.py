"""A lower-case plant word after a country and a preposition ("in Polonia dalla fabbrica di Mielec", "na Polónia pela
fábrica de Mielec"): the country is where the plant stands, and the preposition left once it is cut off is no word of
the plant's name, though it ends like the plant word as an agreeing adjective would. Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "maker"), [
    ("it", "Il biplano An-2 veniva prodotto in Polonia dalla fabbrica di Mielec.", "fabbrica di Mielec"),
    ("pt", "O biplano An-2 era produzido na Polónia pela fábrica de Mielec.", "fábrica de Mielec"),
])
def test_the_maker_opens_at_the_plant_word(extractor: Extractor, lang: str, text: str, maker: str) -> None:
    makers = {o for _, r, o in facts_of(extractor, text, lang) if r == "manufactured_by"}
    assert makers == {maker}


def test_a_capitalised_adjective_before_the_plant_word_stays(extractor: Extractor) -> None:
    text = "Танк Т-72 выпускали на Уральском вагоностроительном заводе."
    makers = {o for _, r, o in facts_of(extractor, text, "ru") if r == "manufactured_by"}
    assert any(m.startswith("Уральск") or "Uralvagonzavod" in m for m in makers)
