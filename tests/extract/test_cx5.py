"""manufactured_by: which names are makers, read from sentences written for these tests."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of, objects


def test_an_industrial_complex_named_in_vietnamese_makes_the_product(full_extractor: Extractor) -> None:
    text = "Lựu pháo M-46 được Tổ hợp công nghiệp Tây Nam chế tạo hàng loạt."
    assert "Tổ hợp công nghiệp Tây Nam" in objects(facts_of(full_extractor, text, "vi"), "manufactured_by")


def test_a_capital_opening_a_line_before_a_lower_case_plant_word_is_no_name(full_extractor: Extractor) -> None:
    text = "Road works for T-72 test tracks were finished in 1979."
    makers = objects(facts_of(full_extractor, text, "en"), "manufactured_by")
    assert not makers, makers


@pytest.mark.parametrize(("text", "lang"), [
    ("Сотрудники чешской компании и Vemo group говорят, что выпускают лишь запчасти к АК-74.", "ru"),
    ("Predstavnici tvrtke i Omega utvrdili su da proizvode samo dijelove za AK-74.", "hr"),
])
def test_a_lower_case_plant_word_before_a_word_for_and_names_no_one(
        full_extractor: Extractor, text: str, lang: str) -> None:
    makers = objects(facts_of(full_extractor, text, lang), "manufactured_by")
    assert not any(" i " in m.lower() or m.lower().startswith(("kompan", "tvrtk")) for m in makers), makers


def test_a_plant_named_with_a_word_for_and_inside_keeps_its_name(full_extractor: Extractor) -> None:
    # guard case: the capitalised plant word opens a name that a word for "and" goes on through
    text = "The AK-74 was produced by Machine and Tool Works of Ruse."
    assert objects(facts_of(full_extractor, text, "en"), "manufactured_by")


@pytest.mark.parametrize(("text", "lang"), [
    ("The Mi-8 crashed near the Oakfield Engineering Works.", "en"),
    ("Helikopter Mi-8 itu jatuh di Kawasan Industri Brebes.", "id"),
    ("Im Volkseigenen Betrieb Fahrzeugbau lagen auch Teile der AK-74.", "de"),
])
def test_a_plant_word_inside_a_name_is_no_word_of_making(full_extractor: Extractor, text: str, lang: str) -> None:
    makers = objects(facts_of(full_extractor, text, lang), "manufactured_by")
    assert not makers, makers


@pytest.mark.parametrize(("text", "lang"), [
    ("The Oakfield Engineering Works built the Mi-8.", "en"),
    ("Nhà máy cơ khí Hòa Bình đã cho ra đời hàng nghìn khẩu K-54.", "vi"),
])
def test_a_plant_that_a_verb_says_made_the_product_makes_it(full_extractor: Extractor, text: str, lang: str) -> None:
    # guard cases: a word of making outside the name ("cho ra đời", brought into being) keeps the maker
    assert objects(facts_of(full_extractor, text, lang), "manufactured_by")


def test_a_designers_name_after_a_noun_of_kind_owns_the_designs_and_makes_nothing(full_extractor: Extractor) -> None:
    text = "Су-27 выпускались серийно. Кроме того, заводы выпускали 40 самолётов Туполева и Яковлева."
    makers = objects(facts_of(full_extractor, text, "ru"), "manufactured_by")
    assert not makers, makers


def test_a_plant_word_that_is_the_whole_name_in_quotes_is_a_maker(full_extractor: Extractor) -> None:
    # guard case: "„Завод“ exports pistols" names the plant by its plant word alone
    facts = facts_of(full_extractor, "„Арсенал“ изнася пистолети „Макаров“ в Канада.", "bg")
    assert objects(facts, "manufactured_by") == ["Arsenal"], facts


@pytest.mark.parametrize(("text", "lang", "maker"), [
    ("Notes on the T-72\nOakfield Works built the T-72 in 1980.\n", "en", "Oakfield Works"),
    ("Wytwórcy T-72\nZakłady Mechaniczne Oakfield produkowały T-72 od 1980 roku.\n", "pl",
     "Zakłady Mechaniczne Oakfield"),
])
def test_a_plants_name_read_back_stops_at_a_line_break(full_extractor: Extractor, text: str, lang: str,
                                                        maker: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "manufactured_by") == [maker]


def test_a_firms_name_of_two_founders_joined_by_an_ampersand_is_whole(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Portugal made the Heckler & Koch G3 under licence.", "en")
    assert objects(facts, "manufactured_by") == ["Heckler & Koch"], facts
