"""Round-3 words of the ru, uk, en, uz, az, lt, lv files: `deal` (an agreement between parties) and `with` (the word
before the other party), the licence a deal with a party gives when the sentence says the product is made, and
country names that take a case ending (uz, az, lt, lv): a name with a destination or locative ending is a name, so
it can be where a product went or was made. Sentences written for this test."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import assert_deal_and_with, cue_spans, facts_of

DEAL_WITH = [
    ("ru", "Индия заключила с Россией соглашение о производстве танков.", "соглашение", "с"),
    ("ru", "Контракт со Словакией подписали в прошлом году.", "Контракт", "со"),
    ("uk", "Індія уклала з Росією угоду про виробництво танків.", "угоду", "з"),
    ("uk", "Договір зі Словаччиною підписали торік.", "Договір", "зі"),
    ("en", "India signed an agreement with Russia on the production of tanks.", "agreement", "with"),
    ("en", "The contract with Slovakia was signed last year.", "contract", "with"),
    ("uz", "Hindiston Rossiya bilan tanklar ishlab chiqarish bo‘yicha shartnoma imzoladi.", "shartnoma", "bilan"),
    ("az", "Hindistan Rusiya ilə tankların istehsalı barədə müqavilə imzalayıb.", "müqavilə", "ilə"),
    ("lt", "Indija pasirašė su Rusija sutartį dėl tankų gamybos.", "sutartį", "su"),
    ("lv", "Indija noslēdza ar Krieviju līgumu par tanku ražošanu.", "līgumu", "ar"),
]


@pytest.mark.parametrize("code,text,deal,with_", DEAL_WITH)
def test_deal_and_with_words(code: str, text: str, deal: str, with_: str) -> None:
    assert_deal_and_with(code, text, deal, with_)


def test_contractor_and_according_are_no_deals() -> None:
    assert "deal" not in cue_spans("en", "The contractor built it in accordance with the drawings.")


@pytest.mark.parametrize("code,text,country", [
    ("uz", "Rossiya Hindistonga T-90 tanklarini yetkazib berdi.", "India"),
    ("uz", "Rossiya O‘zbekistonga Su-30SM samolyotlarini yetkazib berdi.", "Uzbekistan"),
    ("az", "Rusiya Hindistana T-90 tankları satıb.", "India"),
    ("lt", "Rusija pardavė Indijai T-90 tankus.", "India"),
    ("lv", "Krievija piegādāja T-90 tankus Indijai.", "India"),
])
def test_a_country_with_a_destination_ending_is_where_it_went(extractor: Extractor, code: str, text: str,
                                                              country: str) -> None:
    product = "Su-30SM" if "Su-30SM" in text else "T-90"
    assert (product, "exported_to", country) in facts_of(extractor, text, code)


@pytest.mark.parametrize("code,text", [
    ("lt", "T-72 tankai buvo gaminami Lenkijoje pagal sovietinę licenciją."),
    ("lv", "T-72 tanki tika ražoti Polijā pēc padomju licences."),
    ("ru", "В Польской Народной Республике танки Т-72 производили по советской лицензии."),
])
def test_a_country_with_a_locative_ending_is_where_it_was_made(extractor: Extractor, code: str, text: str) -> None:
    assert ("T-72", "made_in_country", "Poland") in facts_of(extractor, text, code)


@pytest.mark.parametrize("code,text", [
    ("lt", "AKM modifikacija AKMS turi sulankstomą buožę."),
    ("lv", "AKM modifikācija AKMS ir ar saliekamu laidi."),
])
def test_the_owner_comes_first(extractor: Extractor, code: str, text: str) -> None:
    facts = facts_of(extractor, text, code)
    assert ("AKMS", "derived_from", "AKM") in facts, facts


@pytest.mark.parametrize("code,text", [
    ("ru", "На основании соглашения с Советским Союзом завод в Гливице выпускал танки Т-72М с 1982 года."),
    ("uk", "На підставі угоди з Радянським Союзом завод у Гливицях випускав танки Т-72М з 1982 року."),
    ("en", "Under an agreement with the Soviet Union, the Bumar plant built T-72M tanks from 1982."),
    ("uz", "Sovet Ittifoqi bilan tuzilgan shartnoma asosida zavod 1982 yildan T-72M tanklarini ishlab chiqardi."),
    ("az", "Sovet İttifaqı ilə bağlanmış müqavilə əsasında zavod 1982-ci ildən T-72M tankları istehsal edib."),
    ("lt", "Pagal sutartį su Sovietų Sąjunga gamykla nuo 1982 metų gamino T-72M tankus."),
    ("lv", "Saskaņā ar līgumu ar Padomju Savienību rūpnīca no 1982. gada ražoja T-72M tankus."),
])
def test_a_deal_with_a_party_to_make_is_a_licence(extractor: Extractor, code: str, text: str) -> None:
    facts = facts_of(extractor, text, code)
    assert ("T-72M", "licence_status", "licensed") in facts, facts
    assert ("T-72M", "licensed_by", "Soviet Union") in facts, facts
