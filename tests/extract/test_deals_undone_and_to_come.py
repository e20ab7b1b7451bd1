"""A deal frozen, cancelled or never signed, and one still to be signed, is no export; a deal signed and carried out
still is.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.fixture(scope="module")
def extractor(full_extractor: Extractor) -> Extractor:
    return full_extractor


@pytest.mark.parametrize(("text", "lang", "subject", "country"), [
    # the word of negation governs the word of a deal, which governs the word of trade
    ("Moscou a gelé un contrat de livraison de chasseurs MiG-29 à la Libye.", "fr", "MiG-29", "Libya"),
    ("Le Caire a annulé un contrat de livraison de chars T-90 au Soudan.", "fr", "T-90", "Sudan"),
    ("Aucun contrat pour la livraison au Yémen de chasseurs MiG-29 n'a été signé.", "fr", "MiG-29", "Yemen"),
    ("Russia froze a contract for the delivery of MiG-29 fighters to Libya.", "en", "MiG-29", "Libya"),
    ("Moscow cancelled the contract for the supply of T-90 tanks to Libya.", "en", "T-90", "Libya"),
    ("No contract for the sale of MiG-29 fighters to Libya was ever signed.", "en", "MiG-29", "Libya"),
    ("The contract for the supply of T-90 tanks to Libya was cancelled.", "en", "T-90", "Libya"),
    ("Russland hat den Vertrag über die Lieferung von MiG-29 an Libyen eingefroren.", "de", "MiG-29", "Libya"),
    ("Russland stornierte den Vertrag über die Lieferung von MiG-29 an Libyen.", "de", "MiG-29", "Libya"),
    ("Rusia canceló el contrato de venta de cazas MiG-29 a Libia.", "es", "MiG-29", "Libya"),
    ("Rusia congeló el contrato de suministro de cazas MiG-29 a Libia.", "es", "MiG-29", "Libya"),
    # words of freezing and of breaking a contract off
    ("Россия заморозила контракт на поставку Ливии истребителей МиГ-29.", "ru", "MiG-29", "Libya"),
    ("Москва расторгла контракт на поставку танков Т-90 в Ливию.", "ru", "T-90", "Libya"),
    ("Rosja zamroziła kontrakt na dostawę myśliwców MiG-29 do Libii.", "pl", "MiG-29", "Libya"),
    ("Rusko zmrazilo smlouvu na dodávku stíhaček MiG-29 do Libye.", "cs", "MiG-29", "Libya"),
    ("俄罗斯冻结了向利比亚出售米格-29战斗机的合同。", "zh", "MiG-29", "Libya"),
    # a deal still to be signed: the perfective future is a word of plan
    ("Осенью Россия и Ливия подпишут контракт на поставку Ливии танков Т-90.", "ru", "T-90", "Libya"),
    ("Україна та Ефіопія підпишуть контракт на постачання Ефіопії танків Т-72.", "uk", "T-72", "Ethiopia"),
    ("Polska i Malezja podpiszą kontrakt na dostawę czołgów PT-91 do Malezji.", "pl", "PT-91 Twardy", "Malaysia"),
    ("Polska dostarczy Malezji czołgi PT-91.", "pl", "PT-91 Twardy", "Malaysia"),
    ("Česko a Irák podepíšou smlouvu na dodávku tanků T-72M1 do Iráku.", "cs", "T-72M1", "Iraq"),
    # what a contract provides for is not yet what was delivered
    ("Le contrat, signé en 2006, prévoyait la livraison à l'Algérie de 34 chasseurs MiG-29.", "fr", "MiG-29",
     "Algeria"),
    ("The contract, signed in 2006, provided for the delivery of 34 MiG-29 fighters to Algeria.", "en", "MiG-29",
     "Algeria"),
])
def test_a_deal_undone_or_to_come_sends_nothing(extractor: Extractor, text: str, lang: str, subject: str,
                                                 country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (subject, "exported_to", country) not in facts, facts


@pytest.mark.parametrize(("text", "lang", "subject", "country"), [
    ("Russia delivered MiG-29 fighters to Libya under a contract signed in 2006.", "en", "MiG-29", "Libya"),
    ("The contract for the supply of T-90 tanks to Libya was signed in 2001.", "en", "T-90", "Libya"),
    ("The contract for the supply of T-90 tanks to Libya did not include any engines.", "en", "T-90", "Libya"),
    ("La Russie a livré des chasseurs MiG-29 à la Libye.", "fr", "MiG-29", "Libya"),
    ("La Russie a livré en 2006 des chasseurs MiG-29 à l'Algérie, comme le contrat le prévoyait.", "fr", "MiG-29",
     "Algeria"),
    ("В 2001 году Россия и Индия подписали контракт на поставку Индии танков Т-90.", "ru", "T-90", "India"),
    ("Україна та Ефіопія підписали контракт на постачання Ефіопії танків Т-72.", "uk", "T-72", "Ethiopia"),
    ("Polska dostarczyła Malezji czołgi PT-91.", "pl", "PT-91 Twardy", "Malaysia"),
    ("Россия поставила Ливии танки Т-90 в прошлом году.", "ru", "T-90", "Libya"),
])
def test_a_deal_signed_or_carried_out_still_sends(extractor: Extractor, text: str, lang: str, subject: str,
                                                   country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (subject, "exported_to", country) in facts, facts
