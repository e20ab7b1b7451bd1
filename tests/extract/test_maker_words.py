"""A word for a company in general ("компания", "корпорация", "empresa", "podnik") is no word of making: a company
that published a report or announced a sale made nothing the sentence says. Words for a maker ("завод",
"manufacturer", "Herstellerfirma") still are. Sentences of our own."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Танк Т-90С выпускается в Нижнем Тагиле. Отчёт об этом опубликовала корпорация «Уралвагонзавод».", "ru"),
    ("Танк Т-84 виготовляють у Харкові. Про це повідомила компанія «Укроборонпром».", "uk"),
])
def test_a_company_that_published_made_nothing(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not [f for f in facts if f[1] == "manufactured_by"], facts


def test_a_plant_still_makes(full_extractor: Extractor) -> None:
    # guard: "завод" is a word for a maker
    facts = facts_of(full_extractor, "Танк Т-90С выпускает завод «Уралвагонзавод».", "ru")
    assert ("T-90S", "manufactured_by", "Uralvagonzavod") in facts, facts


def test_an_arsenal_in_english_is_a_stockpile_first(full_extractor: Extractor) -> None:
    # "the Hungarian arsenal" holds weapons; it says nothing of where the tanks named beside it were made
    facts = facts_of(full_extractor, "The Hungarian arsenal could soon receive Slovak T-72 tanks, a German-built "
                                     "design replacing them.", "en")
    assert ("T-72", "made_in_country", "Hungary") not in facts, facts


def test_a_plant_named_arsenal_still_makes(full_extractor: Extractor) -> None:
    # guard: "Arsenal" as a maker's name
    facts = facts_of(full_extractor, "The AMD-65 was made by the Arsenal in Budapest.", "en")
    assert ("AMD-65", "made_in_country", "Hungary") in facts, facts
