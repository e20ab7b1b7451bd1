"""A deal frozen, cancelled or never signed, and one still to be signed, is no export; a deal signed and carried out
still is.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "subject", "country"), [
    # the word of negation governs the word of a deal, which governs the word of trade
    ("Le Kremlin a gelé le contrat de vente de blindés BMP-2 au Soudan.", "fr", "BMP-2", "Sudan"),
    ("Moscou a annulé son contrat de vente de chars T-90 au Tchad.", "fr", "T-90", "Chad"),
    ("Aucun contrat de vente de MiG-29 au Pérou n'a jamais été signé.", "fr", "MiG-29", "Peru"),
    ("Russia froze a contract for the delivery of MiG-29 fighters to Libya.", "en", "MiG-29", "Libya"),
    ("Moscow cancelled its contract for the sale of T-90 tanks to Sudan.", "en", "T-90", "Sudan"),
    ("No contract for the sale of MiG-29 fighters to Libya was ever signed.", "en", "MiG-29", "Libya"),
    ("The deal for the sale of T-90 tanks to Sudan was cancelled.", "en", "T-90", "Sudan"),
    ("Russland hat den Vertrag über die Lieferung von MiG-29 an Libyen eingefroren.", "de", "MiG-29", "Libya"),
    ("Russland stornierte den Vertrag über die Lieferung von MiG-29 an Libyen.", "de", "MiG-29", "Libya"),
    ("Rusia canceló el contrato de venta de cazas MiG-29 a Libia.", "es", "MiG-29", "Libya"),
    ("Rusia congeló el contrato de suministro de cazas MiG-29 a Libia.", "es", "MiG-29", "Libya"),
    # words of freezing and of breaking a contract off
    ("Москва заморозила договор о продаже Судану истребителей МиГ-29.", "ru", "MiG-29", "Sudan"),
    ("Россия расторгла договор о продаже танков Т-90 в Судан.", "ru", "T-90", "Sudan"),
    ("Rosja zamroziła kontrakt na dostawę myśliwców MiG-29 do Libii.", "pl", "MiG-29", "Libya"),
    ("Rusko zmrazilo smlouvu na dodávku stíhaček MiG-29 do Libye.", "cs", "MiG-29", "Libya"),
    ("俄罗斯冻结了向利比亚出售米格-29战斗机的合同。", "zh", "MiG-29", "Libya"),
    # a deal still to be signed: the perfective future is a word of plan
    ("Весной Россия и Судан подпишут договор о продаже Судану танков Т-90.", "ru", "T-90", "Sudan"),
    ("Україна та Ефіопія підпишуть контракт на постачання Ефіопії танків Т-72.", "uk", "T-72", "Ethiopia"),
    ("Polska i Malezja podpiszą kontrakt na dostawę czołgów PT-91 do Malezji.", "pl", "PT-91 Twardy", "Malaysia"),
    ("Polska dostarczy Malezji czołgi PT-91.", "pl", "PT-91 Twardy", "Malaysia"),
    ("Česko a Irák podepíšou smlouvu na dodávku tanků T-72M1 do Iráku.", "cs", "T-72M1", "Iraq"),
    # what a contract provides for is not yet what was delivered
    ("L'accord de 2010 prévoyait la vente au Pérou de douze chasseurs MiG-29.", "fr", "MiG-29", "Peru"),
    ("The contract, signed in 2006, provided for the delivery of 34 MiG-29 fighters to Algeria.", "en", "MiG-29",
     "Algeria"),
])
def test_a_deal_undone_or_to_come_sends_nothing(extractor: Extractor, text: str, lang: str, subject: str,
                                                 country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (subject, "exported_to", country) not in facts, facts


@pytest.mark.parametrize(("text", "lang", "subject", "country"), [
    ("Russia delivered MiG-29 fighters to Libya under a contract signed in 2006.", "en", "MiG-29", "Libya"),
    ("The deal for the sale of T-90 tanks to Sudan was signed in 2009.", "en", "T-90", "Sudan"),
    ("The deal for the sale of T-90 tanks to Sudan did not include spare engines.", "en", "T-90", "Sudan"),
    ("La Russie a livré des chasseurs MiG-29 à la Libye.", "fr", "MiG-29", "Libya"),
    ("La Russie a livré en 2006 des chasseurs MiG-29 à l'Algérie, comme le contrat le prévoyait.", "fr", "MiG-29",
     "Algeria"),
    ("В 2009 году Россия и Судан подписали договор о продаже Судану танков Т-90.", "ru", "T-90", "Sudan"),
    ("Україна та Ефіопія підписали контракт на постачання Ефіопії танків Т-72.", "uk", "T-72", "Ethiopia"),
    ("Polska dostarczyła Malezji czołgi PT-91.", "pl", "PT-91 Twardy", "Malaysia"),
    ("Россия поставила Ливии танки Т-90 в прошлом году.", "ru", "T-90", "Libya"),
])
def test_a_deal_signed_or_carried_out_still_sends(extractor: Extractor, text: str, lang: str, subject: str,
                                                   country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (subject, "exported_to", country) in facts, facts
