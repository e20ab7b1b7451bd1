"""Slavic words of making, trade and naming that the files lacked or read in another sense, found with probe sentences.

These sentences were written for the tests: each proves that a change to one language file (ru, uk, pl, cs) reaches
the scorer, never how well extraction does on real text (see test_quality):
- Czech "Československo": the state's name, no adjective (a capitalised stem of the adjective, "Československ*",
  read every form of the name as "Czechoslovak", so the state made, received or bought nothing);
- the noun of arms after "into" ("получила на вооружение", "отримала на озброєння", "otrzymała na uzbrojenie") is
  what a buyer received, not a design "in service" (which is no sale): only "на вооружении", "на озброєнні",
  "na uzbrojeniu" and "na wyposażeniu" say in service;
- Polish "wszedł na wyposażenie" (entered the equipment of a force): an introduction, as "wszedł na uzbrojenie";
- Czech "zkratka výrazu" (short for): another name;
- Russian "переделка", "переделан из" and Ukrainian "перероблений з" (a conversion of, converted from): a derivation.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import assert_read, facts_of


@pytest.fixture(scope="module")
def extractor(small_extractor: Extractor) -> Extractor:
    return small_extractor


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Československo vyrábělo licenčně pušky AKM.", "cs", ("AKM", "made_in_country", "Czechoslovakia")),
    ("První pušky AKM dorazily do Československa v roce 1970.", "cs", ("AKM", "exported_to", "Czechoslovakia")),
    ("Сирия получила на вооружение автоматы АКМ.", "ru", ("AKM", "exported_to", "Syria")),
    ("Индия закупила на вооружение своей армии гранатомёты РПГ-7.", "ru", ("RPG-7", "exported_to", "India")),
    ("Сирія отримала на озброєння автомати АКМ.", "uk", ("AKM", "exported_to", "Syria")),
    ("Syria otrzymała na uzbrojenie karabinki AKM.", "pl", ("AKM", "exported_to", "Syria")),
    ("Granatnik RPG-7 wszedł na wyposażenie Wojska Polskiego w 1964 roku.", "pl", ("RPG-7", "introduced_year", "1964")),
    ("RPG-7 (zkratka z Ručnoj Protivotankovyj Granatomjot) je granátomet.", "cs",
     ("RPG-7", "alias_of", "Ručnoj Protivotankovyj Granatomjot")),
    ("Granatniki RPG-7 weszły do wyposażenia armii w 1962 roku.", "pl", ("RPG-7", "introduced_year", "1962")),
    ("Автомат AK-74 — переделка АКМ под новый патрон.", "ru", ("AK-74", "derived_from", "AKM")),
    ("Автомат AK-74 был переделан из АКМ.", "ru", ("AK-74", "derived_from", "AKM")),
    ("Автомат AK-74 був перероблений з АКМ.", "uk", ("AK-74", "derived_from", "AKM")),
])
def test_a_slavic_word_of_making_trade_or_service_reads_its_fact(extractor: Extractor, text: str, lang: str,
                                                                 fact: tuple[str, str, str]) -> None:
    assert_read(facts_of(extractor, text, lang), fact, None)


@pytest.mark.parametrize(("text", "lang"), [
    ("Автоматы АКМ состоят на вооружении армии Сирии.", "ru"),
    ("Автомати АКМ перебувають на озброєнні армії Сирії.", "uk"),
    ("Karabinki AKM są na uzbrojeniu armii Syrii.", "pl"),
])
def test_in_service_is_still_no_sale(extractor: Extractor, text: str, lang: str) -> None:
    assert_read(facts_of(extractor, text, lang), None, ("AKM", "exported_to", "Syria"))
