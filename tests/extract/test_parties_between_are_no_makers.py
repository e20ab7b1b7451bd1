"""The countries a word for "between" joins are parties of talks, a deal or a war ("talks between Hungary and the
USSR", "войны между Ираком и Ираном"): not where a design was made nor where it went. A making the word divides
between countries is made in each, and a licence deal keeps its licensor and licensee. Sentences of our own; they
prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "After talks between Hungary and the USSR, production of the Mi-2 helicopter began in 1965."),
    ("pl", "Po rozmowach pomiędzy Węgrami a ZSRR rozpoczęto produkcję śmigłowca Mi-2."),
    ("ru", "Соглашение между Венгрией и СССР предусматривало производство вертолёта Ми-2."),
    ("de", "Ein Abkommen zwischen Ungarn und der Sowjetunion sah die Produktion des Mi-2 vor."),
])
def test_parties_of_talks_make_nothing(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Mi-2", "made_in_country", "Hungary") not in facts
    assert ("Mi-2", "made_in_country", "Soviet Union") not in facts


def test_parties_of_a_war_bought_nothing(extractor: Extractor) -> None:
    text = "Ми-2, поставленные Венгрии, участвовали в войне между Венгрией и Румынией."
    facts = facts_of(extractor, text, "ru")
    assert ("Mi-2", "exported_to", "Hungary") in facts
    assert ("Mi-2", "exported_to", "Romania") not in facts


def test_a_making_divided_between_countries_is_made_in_each(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Production of the Mi-2 was divided between Poland and Czechoslovakia.", "en")
    assert ("Mi-2", "made_in_country", "Poland") in facts


def test_a_licence_deal_between_countries_keeps_its_parties(extractor: Extractor) -> None:
    text = "Under an agreement between Hungary and the USSR, Hungary built the Mi-2 under licence."
    facts = facts_of(extractor, text, "en")
    assert ("Mi-2", "licensed_by", "Soviet Union") in facts
    assert ("Mi-2", "made_in_country", "Hungary") in facts
