"""Arabic, Persian and Hebrew have no capitals to show where a plant's name starts, and their texts put any word for
a plant, a firm or works before an organisation's own words ("the Maadi factories" for the Maadi company) or leave
the word for "organisation" off its front. A known organisation so written is still its maker; an article glued to a
known design that has a number after a space is still that design. Sentences of our own; they prove behaviour, not
quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("plant", ["مصانع المعادي", "مصنع المعادي", "شركة المعادي"])
def test_another_plant_word_before_the_maadi_name(extractor: Extractor, plant: str) -> None:
    text = f"تنتج {plant} البنادق AKM في مصر منذ الستينيات."
    facts = facts_of(extractor, text, "ar")
    assert ("AKM", "manufactured_by", "Maadi Company for Engineering Industries") in facts, facts


def test_the_arab_organisation_makes_the_missile(extractor: Extractor) -> None:
    text = "تولت الهيئة العربية للتصنيع إنتاج الصاروخ عين الصقر في مصر، وهو نسخة من الصاروخ ستريلا-2."
    facts = facts_of(extractor, text, "ar")
    assert ("Ayn al-Saqr", "manufactured_by", "Arab Organization for Industrialization") in facts, facts


def test_persian_industries_without_the_word_for_organisation(extractor: Extractor) -> None:
    text = "موشک توسن در ایران توسط صنایع دفاع تولید می‌شود."
    facts = facts_of(extractor, text, "fa")
    assert ("Towsan-1", "manufactured_by", "Defense Industries Organization") in facts, facts


def test_the_words_for_a_military_industry_name_no_maker_of_their_own(extractor: Extractor) -> None:
    # ("the military industry" is the short name of Israel's in Israeli usage, but also of any country's: "the Chinese
    # military industry" must not be read as Israel's)
    text = "הרובה Type 56 יוצר בסין על ידי התעשייה הצבאית הסינית משנת 1956."
    facts = facts_of(extractor, text, "he")
    assert not any(r == "manufactured_by" and o == "Israel Military Industries" for _, r, o in facts), facts


def test_article_on_a_known_name_with_its_number(extractor: Extractor) -> None:
    text = "הטירן 5 הוא טנק T-55 ששודרג בישראל."
    facts = facts_of(extractor, text, "he")
    assert ("Tiran 5", "derived_from", "T-55") in facts, facts


def test_a_plant_word_before_an_unknown_name_names_no_known_maker(extractor: Extractor) -> None:
    # (the words after the plant word name no organisation the registry knows: nothing is read as one)
    text = "تنتج شركة النجمة الزرقاء البندقية تبوك في العراق."
    facts = facts_of(extractor, text, "ar")
    assert not any(r == "manufactured_by" and o.isascii() for _, r, o in facts), facts


def test_a_quoted_name_after_another_plant_word(extractor: Extractor) -> None:
    # (the registry has "شركة المعادي"; the text writes the factories and quotes the name)
    text = "تنتج مصانع «المعادي» البنادق AKM في مصر منذ الستينيات."
    facts = facts_of(extractor, text, "ar")
    assert ("AKM", "manufactured_by", "Maadi Company for Engineering Industries") in facts, facts


@pytest.mark.parametrize("name", ["إيجماش", "إزماش"])
def test_arabic_spellings_of_izhmash(extractor: Extractor, name: str) -> None:
    text = f"تصنع شركة “{name}” البندقية AK-74 في مدينة إيجيفسك منذ السبعينيات."
    facts = facts_of(extractor, text, "ar")
    assert ("AK-74", "manufactured_by", "Izhmash") in facts, facts
