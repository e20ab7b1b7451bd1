"""A first flight dates a test, not the start of production or service, though the sentence names the first unit
assembled or built ("the first J-7 assembled from imported kits made its first flight", "absolvierte 1966 ihren
Erstflug"). The first units handed to the army still enter service. Sentences of our own; they prove behaviour,
not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "year"), [
    ("zh", "歼-7是中国仿制的战斗机。1964年5月,中国以进口散件装配出的首架高速歼击机由试飞员驾驶,完成了首次试飞。"
           "中国后来自行生产该机。", "1964"),
    ("de", "Die erste in Shenyang gebaute J-7 absolvierte 1966 ihren Erstflug.", "1966"),
    ("nl", "De eerste in China gebouwde J-7 maakte in 1966 zijn eerste vlucht.", "1966"),
    # (the passive participle: the year of a design first flown, in a clause after its copy's word of making)
    ("en", "The Chengdu J-7 was put into production as a copy of the MiG-21, a fighter first flown in 1955.", "1955"),
    ("en", "Production of the J-7 began from the MiG-21, flown for the first time in 1955.", "1955"),
])
def test_first_flight_is_no_introduction(extractor: Extractor, lang: str, text: str, year: str) -> None:
    assert ("Chengdu J-7", "introduced_year", year) not in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The first T-55s were handed over to the army in 1964."),
    ("de", "Die ersten T-55 wurden 1964 an die Armee übergeben."),
])
def test_first_units_handed_over_enter_service(extractor: Extractor, lang: str, text: str) -> None:
    assert ("T-55", "introduced_year", "1964") in facts_of(extractor, text, lang)
