"""Where a design is made (made_in_country): what a country's adjective qualifies in a sentence of making.

These sentences were written for the tests.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "product", "country"), [
    # a kind of product the name does not stand beside: the Soviet designs built abroad, not where the B-71 was made
    ("The first Soviet aircraft produced abroad under licence were the Avia B-71 bombers.", "en", "B-71",
     "Soviet Union"),
    ("Одними из советских самолетов, собранных за рубежом, оказались бипланы Ан-2.", "ru", "An-2",
     "Soviet Union"),
    # a part
    ("Le PM md. 63 a été produit avec un moteur soviétique en Roumanie.", "fr", "PM md. 63", "Soviet Union"),
])
def test_an_adjective_on_another_kind_of_noun_is_no_place_of_making(
        full_extractor: Extractor, text: str, lang: str, product: str, country: str) -> None:
    assert (product, "made_in_country", country) not in facts_of(full_extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "product", "country"), [
    # guards: the name's own noun, a maker's noun, the place of making
    ("The Soviet tank T-62 was produced in Nizhny Tagil.", "en", "T-62", "Soviet Union"),
    ("The Soviet aircraft industry built the MiG-15 in large numbers.", "en", "MiG-15", "Soviet Union"),
    ("Le PM md. 63 a été produit avec un moteur soviétique en Roumanie.", "fr", "PM md. 63", "Romania"),
])
def test_an_adjective_on_the_design_or_its_maker_still_places_it(
        full_extractor: Extractor, text: str, lang: str, product: str, country: str) -> None:
    assert (product, "made_in_country", country) in facts_of(full_extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "product", "country"), [
    ("The Soviet main battle tank T-72 entered service in 1973.", "en", "T-72", "Soviet Union"),
    ("Советская боевая машина пехоты БМП-1 принята на вооружение в 1966 году.", "ru", "BMP-1", "Soviet Union"),
    ("The Soviet anti-aircraft missile system S-300 entered service in 1978.", "en", "S-300", "Soviet Union"),
])
def test_a_noun_of_many_words_between_the_adjective_and_the_name_counts_as_one(
        full_extractor: Extractor, text: str, lang: str, product: str, country: str) -> None:
    assert (product, "made_in_country", country) in facts_of(full_extractor, text, lang)


def test_where_adjectives_follow_their_noun_one_before_a_long_noun_is_another_nouns(
        full_extractor: Extractor) -> None:
    # guard: the soldier is Romanian, the rifle's noun of three words does not bring the adjective to the name
    facts = facts_of(full_extractor, "Um militar romeno segura um fuzil AKM durante o desfile.", "pt")
    assert ("AKM", "made_in_country", "Romania") not in facts


@pytest.mark.parametrize(("text", "lang", "product", "country"), [
    ("O J-7 caça chinês voou em 1966.", "pt", "Chengdu J-7", "China"),
    ("Le T-55 char soviétique a été modernisé.", "fr", "T-55", "Soviet Union"),
])
def test_where_adjectives_follow_their_noun_one_after_the_names_own_noun_is_the_names(
        full_extractor: Extractor, text: str, lang: str, product: str, country: str) -> None:
    assert (product, "made_in_country", country) in facts_of(full_extractor, text, lang)


def test_a_plant_or_company_of_a_country_where_no_word_of_making_names_the_topic_places_no_making(
        full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "АКМ - известный автомат. Цеха фирмы расположены в Болгарии и в Италии.", "ru")
    assert ("AKM", "made_in_country", "Bulgaria") not in facts
    assert ("AKM", "made_in_country", "Italy") not in facts
    # guard: a word of making in the sentence still places it
    made = facts_of(full_extractor, "АКМ - известный автомат. Заводы в Болгарии его выпускают.", "ru")
    assert ("AKM", "made_in_country", "Bulgaria") in made


def test_an_adjective_of_the_country_the_registry_makes_a_design_in_is_no_owners(full_extractor: Extractor) -> None:
    # (the export read from the deal does not make "Finnish" an owner's word for a Finnish design)
    text = "The Finnish RK 62 is a rifle. The arms deal that Finland made with Oman included these rifles."
    assert ("RK 62", "made_in_country", "Finland") in facts_of(full_extractor, text, "en")
    # guard: a design the registry makes elsewhere, bought: the adjective is the owner's
    bought = "The Finnish T-72 is a tank. In 1980 Finland bought T-72 tanks from the USSR."
    assert ("T-72", "made_in_country", "Finland") not in facts_of(full_extractor, bought, "en")


def test_an_article_before_the_name_opens_its_phrase(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Kaum hatten die Russen die AKM übernommen, wurden die Chinesen neugierig.", "de")
    assert ("AKM", "made_in_country", "Russia") not in facts
    # guard: a word for "and" that is also an article elsewhere joins two adjectives
    listed = facts_of(full_extractor, "Sovětské a polské T-55 byly vyráběny.", "cs")
    assert ("T-55", "made_in_country", "Soviet Union") in listed


def test_a_word_of_design_one_word_from_the_adjective_is_not_said_of_it(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "In 2015 the army designed a Finnish RK 62 upgrade.", "en")
    assert ("RK 62", "made_in_country", "Finland") in facts
    # guard: the adjective of the design's country, "designed" right after it, is no place of making
    designed = facts_of(full_extractor, "The Soviet designed T-72 was built in Poland.", "en")
    assert ("T-72", "made_in_country", "Soviet Union") not in designed
    assert ("T-72", "made_in_country", "Poland") in designed


def test_a_dash_that_says_what_an_original_is_says_it_of_the_design(full_extractor: Extractor) -> None:
    # (as a copula does: the adjective is said of the T-72, not in passing)
    facts = facts_of(full_extractor, "Т-72 — советский танк семидесятых годов. На базе Т-72 создан PT-91.", "ru")
    assert ("T-72", "made_in_country", "Soviet Union") in facts


def test_the_same_country_named_nearer_the_making_is_no_rival(full_extractor: Extractor) -> None:
    # ("Chinese", nearer "built", is China again: no other place of making)
    text = "By 1956 China had its MiG-17 fighters built by Chinese workers."
    assert ("MiG-17", "made_in_country", "China") in facts_of(full_extractor, text, "en")
