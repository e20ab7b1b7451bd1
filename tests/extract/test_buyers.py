"""Who bought or received a design, and the list of what they received.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.fixture(scope="module")
def extractor(small_extractor: Extractor) -> Extractor:
    return small_extractor


@pytest.mark.parametrize(("lang", "text"), [
    # where adjectives follow their noun, a country's name spelt as its adjective opens the clause as the buyer
    ("id", "Pada tahun 1960 Cina menerima Tu-104 dari Uni Soviet."),
    ("id", "Cina membeli Tu-104 dari Uni Soviet."),
    ("es", "Los chinos compraron el Tu-104 en 1960."),
])
def test_a_demonym_before_a_word_of_buying_is_the_buyer(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Tu-104", "exported_to", "China") in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    # (an adjective after a name, known or not, is that name's)
    ("pt", "O BMP romeno recebeu mais apoio do que o Tu-104."),
    ("es", "Los Tu-104 soviéticos comprados por Irak."),
])
def test_an_adjective_after_a_name_is_no_buyer(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "exported_to" and f[2] in {"Romania", "Soviet Union"}], facts


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le Venezuela a reçu des chars T-72M, des lance-roquettes BM-21 et des missiles 9K38."),
    ("es", "Venezuela recibió tanques T-72M, lanzacohetes BM-21 y misiles 9K38."),
    ("en", "Venezuela received T-72M tanks, BM-21 rocket launchers and 9K38 missiles."),
])
def test_each_item_a_buyer_received_is_exported_to_it(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    for name in ("T-72M", "BM-21", "9K38"):
        assert any(s.endswith(name) and r == "exported_to" and o == "Venezuela" for s, r, o in facts), (name, facts)


@pytest.mark.parametrize(("text", "lang", "buyers"), [
    ("Polen hat der Ukraine 200 T-72 geliefert.", "de", {"Ukraine"}),
    ("Die Sowjetunion hat Indien 100 T-72 verkauft.", "de", {"India"}),
    ("Polen hat Ungarn und Tschechien 200 T-72 geliefert.", "de", {"Hungary", "Czech Republic"}),
    ("Polen heeft Oekraïne 200 T-72 geleverd.", "nl", {"Ukraine"}),
])
def test_where_a_participle_ends_the_clause_the_country_before_it_is_the_recipient(extractor: Extractor, text: str,
                                                                                 lang: str, buyers: set[str]) -> None:
    facts = facts_of(extractor, text, lang)
    assert {o for _, r, o in facts if r == "exported_to"} == buyers, facts


def test_two_sellers_joined_by_and_before_a_last_participle_name_no_recipient(extractor: Extractor) -> None:
    # (guard: "Poland and Czechia delivered": no recipient named)
    facts = facts_of(extractor, "Polen und Tschechien haben 200 T-72 geliefert.", "de")
    assert not any(r == "exported_to" for _, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Sirija je dobila u naoružanje tenkove T-72.", "hr"),   # (received into service: bought)
    ("Sirija je dobila u naoružanje tenkove T-72.", "sr"),
    ("Сирија је добила у наоружање тенкове Т-72.", "sr"),
    ("Sirija je dobila u naoružanje tenkove T-72.", "bs"),
])
def test_received_into_service_is_a_purchase_in_serbian_croatian_and_bosnian(extractor: Extractor, text: str,
                                                                            lang: str) -> None:
    assert ("T-72", "exported_to", "Syria") in facts_of(extractor, text, lang)


def test_in_service_is_still_no_purchase_in_croatian(extractor: Extractor) -> None:
    # (guard: the locative, "u naoružanju", says use)
    facts = facts_of(extractor, "Tenkovi T-72 su u naoružanju sirijske vojske.", "hr")
    assert not any(r == "exported_to" for _, r, _ in facts), facts
