"""Words that look like a maker or a making and are not: a known name's inflected form in a language whose names
take no endings, and a word of making that means "cause to". Sentences of our own; they prove behaviour, not
quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of, objects


@pytest.mark.parametrize(("lang", "text"), [
    # "meski" (although) is "Mesko" with a vowel ending, a form Indonesian never gives a name
    ("id", "Meski sudah tua, senapan AKM buatan Soviet itu masih dipakai."),
    ("ms", "Meski sudah lama, senapan AKM buatan Soviet itu masih digunakan."),
])
def test_an_inflected_form_is_no_name_where_names_keep_their_form(extractor: Extractor, lang: str,
                                                                   text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert objects(facts, "manufactured_by") == [], facts
    assert ("AKM", "made_in_country", "Soviet Union") in facts, facts


def test_an_inflected_name_still_counts_where_names_take_endings(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Pociski do AKM produkowano w Mesku od 1990 roku.", "pl")
    assert ("AKM", "manufactured_by", "Mesko") in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The long war made North Korea seek a tank of its own beside the old T-34."),
    ("id", "Perang panjang itu membuat Korea Utara mencari tank sendiri selain T-34 yang lama."),
    ("ms", "Perang panjang itu membuat Korea Utara mencari kereta kebal sendiri selain T-34 yang lama."),
])
def test_a_country_made_to_act_is_no_place_of_making(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-34", "made_in_country", "North Korea") not in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "North Korea made its own T-62 tanks in the 1980s."),
    ("en", "The Kusong plant made North Korean T-62 tanks in the 1980s."),
    ("id", "Korea Utara membuat tank T-62 sendiri pada tahun 1980-an."),
])
def test_a_word_of_making_with_its_maker_before_it_still_places_the_making(extractor: Extractor, lang: str,
                                                                            text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(s.startswith("T-62") and r == "made_in_country" and o == "North Korea" for s, r, o in facts), facts
