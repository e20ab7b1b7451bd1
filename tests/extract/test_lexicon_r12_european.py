"""Cue words whose everyday sense is not the cue's, narrowed in the Romance, Germanic, Finnish and Estonian files.

These sentences were written for the tests. Bare words for "illegal(ly)" and "clandestine" spoke of unlicensed making
where news most often speaks of illegal trade or of clandestine migrants; they now count only beside a word of making
or copying. French "réalisé" and Romanian "realizat" (carried out: a visit, tests, an attack) speak of making only
with the units made (Italian "realizzato" stays a word of making: with a design as its subject it is "built");
Spanish "provisto de" is "equipped with", "elaborado" is "drawn up" (a report); Italian "ordinato a" is "commanded".
Never how well extraction does on real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import assert_read, facts_of

UNLICENSED = ("AK-47", "licence_status", "unlicensed")


@pytest.mark.parametrize(("text", "lang"), [
    ("Le commerce illicite d'AK-47 vers le Mali inquiète la France.", "fr"),
    ("Des AK-47 sont vendus illégalement au Mali par des trafiquants.", "fr"),
    ("Los AK-47 se venden ilegalmente en Colombia.", "es"),
    ("Los inmigrantes clandestinos dicen que el AK-47 abunda en Libia.", "es"),
    ("Gli AK-47 vengono venduti illegalmente in Libia.", "it"),
    ("I clandestini sbarcati in Italia raccontano che in Libia circolano AK-47.", "it"),
    ("Os AK-47 são vendidos ilegalmente no Brasil.", "pt"),
    ("Comerțul ilegal cu AK-47 îngrijorează România.", "ro"),
    ("Der illegale Handel mit AK-47 beunruhigt Deutschland.", "de"),
    ("De illegale handel in AK-47's baart Nederland zorgen.", "nl"),
    ("Den olagliga handeln med AK-47 oroar Sverige.", "sv"),
    ("Den ulovlige handel med AK-47 bekymrer Danmark.", "da"),
    ("Den ulovlige handelen med AK-47 bekymrer Norge.", "nb"),
    ("AK-47-rynnäkkökiväärien laiton kauppa huolestuttaa Suomea.", "fi"),
    ("AK-47 ebaseaduslik kaubandus teeb Eestile muret.", "et"),
    ("Els AK-47 es venen il·legalment a Colòmbia.", "ca"),
])
def test_illegal_trade_is_no_unlicensed_making(small_extractor: Extractor, text: str, lang: str) -> None:
    assert_read(facts_of(small_extractor, text, lang), None, UNLICENSED)


# guards: a word of making or copying beside the word of illegality is still unlicensed making (these passed before)
@pytest.mark.parametrize(("text", "lang"), [
    ("Des copies de l'AK-47 ont été fabriquées illégalement au Pakistan.", "fr"),
    ("Los talleres clandestinos de Pakistán fabrican copias del AK-47.", "es"),
    ("In Pakistan sono state prodotte illegalmente copie dell'AK-47.", "it"),
    ("Cópias do AK-47 foram fabricadas ilegalmente no Paquistão.", "pt"),
    ("Copii ale AK-47 au fost fabricate ilegal în Pakistan.", "ro"),
    ("Die AK-47 wurde in Pakistan illegal nachgebaut.", "de"),
    ("AK-47 tillverkades olagligt i Pakistan.", "sv"),
    ("AK-47 blev fremstillet ulovligt i Pakistan.", "da"),
    ("AK-47 ble produsert ulovlig i Pakistan.", "nb"),
])
def test_illegal_making_is_still_unlicensed(small_extractor: Extractor, text: str, lang: str) -> None:
    assert_read(facts_of(small_extractor, text, lang), UNLICENSED, None)


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Le ministre a réalisé une visite en Inde pour parler de l'AK-47.", "fr", ("AK-47", "made_in_country", "India")),
    ("Les essais de l'AK-47 ont été réalisés en Pologne en 1975.", "fr", ("AK-47", "made_in_country", "Poland")),
    ("Testele au fost realizate în Polonia cu un AK-47.", "ro", ("AK-47", "made_in_country", "Poland")),
    ("El informe elaborado en España sobre el AK-47 fue publicado.", "es", ("AK-47", "made_in_country", "Spain")),
    ("El AK-47 está provisto de una bayoneta y Egipto lo usa.", "es", ("AK-47", "exported_to", "Egypt")),
    ("Il presidente ha ordinato all'Egitto di ritirare gli AK-47.", "it", ("AK-47", "exported_to", "Egypt")),
])
def test_a_word_in_its_everyday_sense_makes_no_fact(small_extractor: Extractor, text: str, lang: str,
                                                     fact: tuple[str, str, str]) -> None:
    assert_read(facts_of(small_extractor, text, lang), None, fact)


# guards: the units made keep the sense of making (these passed before)
@pytest.mark.parametrize(("text", "lang"), [
    ("Dell'AK-47 furono realizzati 500 esemplari in Egitto.", "it"),
    ("L'AK-47 a été réalisé à 500 exemplaires en Égypte.", "fr"),
])
def test_units_made_are_still_making(small_extractor: Extractor, text: str, lang: str) -> None:
    assert_read(facts_of(small_extractor, text, lang), ("AK-47", "made_in_country", "Egypt"), None)
