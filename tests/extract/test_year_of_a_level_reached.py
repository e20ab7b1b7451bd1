"""Years that are no introduction and years that are: a level or a peak a making reached ("osiągnął 70%", "the
peak", "达到", "dosegla"), a modal between "the first" and a word of receiving, "开工生产", the Czech infinitive
"převzít", and a year whose period a machine translation left where "years" was abbreviated ("في 1961-62. بدأ").

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def _years(facts: list[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in facts if r == "introduced_year"}


@pytest.mark.parametrize(("lang", "text", "year"), [
    ("pl", "Zakłady w Indiach montowały MiG-21FL, a udział lokalnych części, który w 1975 roku osiągnął 70%, "
           "stale rósł.", "1975"),
    ("cs", "Závod vyráběl tanky T-55, jejichž produkce v roce 1971 dosáhla 700 kusů.", "1971"),
    ("ru", "Завод выпускал танки Т-55, а в 1972 году выпуск достиг 800 машин.", "1972"),
    ("en", "The plant kept building T-55 tanks, and production peaked in 1974.", "1974"),
    ("zh", "工厂继续生产59式坦克,1975年年产量达到600辆。", "1975"),
    ("hr", "Pogon je godinama sklapao tenkove M-84, a 1989. godine proizvodnja je dosegla 180 vozila.", "1989"),
    ("hr", "Pogon je sklapao tenkove M-84, a 1990. godine imao je rekordnu proizvodnju.", "1990"),
    ("sr", "Фабрика је правила пушке М70, а 1987. године производња је достигла 60.000 комада.", "1987"),
    ("sl", "Obrat je sestavljal tanke M-84, leta 1988 pa je izdelava dosegla 150 kosov.", "1988"),
    ("bs", "Pogon je pravio puške M70, a 1986. godine imao je najveću proizvodnju u svojoj historiji.", "1986"),
    ("sl", "Obrat je sestavljal tanke M-84, leta 1987 pa je imel največjo proizvodnjo doslej.", "1987"),
])
def test_the_year_a_level_was_reached_is_no_introduction(small_extractor: Extractor, lang: str, text: str,
                                                        year: str) -> None:
    facts = facts_of(small_extractor, text, lang)
    assert not [f for f in facts if f[1] == "introduced_year" and f[2] == year], facts


def test_the_year_production_began_stays_beside_a_level(small_extractor: Extractor) -> None:
    facts = facts_of(small_extractor, "Produkcja czołgów T-55 ruszyła w 1964 roku, a w 1970 roku osiągnęła 600 sztuk "
                                "rocznie.", "pl")
    assert ("T-55", "1964") in _years(facts), facts
    assert ("T-55", "1970") not in _years(facts), facts


def test_the_first_units_an_army_could_take_over_date_the_entry(small_extractor: Extractor) -> None:
    text = "První čtyři stroje BVP-1 směla československá armáda převzít teprve v roce 1971."
    facts = facts_of(small_extractor, text, "cs")
    assert ("BVP-1", "1971") in _years(facts), facts


def test_work_on_making_that_began_dates_the_start(small_extractor: Extractor) -> None:
    facts = facts_of(small_extractor, "工厂于1966年取得T-62坦克的技术资料,并于1967年开工生产。", "zh")
    assert ("T-62", "1967") in _years(facts), facts
    assert ("T-62", "1966") not in _years(facts), facts


def test_a_year_left_before_a_period_by_a_translation_opens_the_next_words(small_extractor: Extractor) -> None:
    facts = facts_of(small_extractor, "وفي 1964-65. في بولندا ، بدأ تصنيع الدبابة T-55 بترخيص سوفيتي.", "ar")
    assert ("T-55", "1964") in _years(facts), facts


def test_a_short_sentence_ending_in_a_year_still_ends_before_a_capital(small_extractor: Extractor) -> None:
    facts = facts_of(small_extractor, "Poland bought the licence in 1961. The T-55 was built from 1964.", "en")
    assert ("T-55", "1964") in _years(facts), facts
    assert ("T-55", "1961") not in _years(facts), facts
