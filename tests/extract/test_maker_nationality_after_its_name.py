"""Where adjectives follow their noun, a country's adjective right after a maker's name is the maker's nationality,
and with a word of making in the sentence it is where the design is made (the annotation conventions: "the stated
nationality of the maker"); it is not taken for an adjective on another name that keeps it from the design.
Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_arabic_maker_with_its_nationality_makes_the_rifle_there(extractor: Extractor) -> None:
    text = "تصنع شركة “إيجماش” الروسية البندقية AK-74 في مدينة إيجيفسك."
    facts = facts_of(extractor, text, "ar")
    assert ("AK-74", "manufactured_by", "Izhmash") in facts, facts
    assert ("AK-74", "made_in_country", "Russia") in facts, facts


def test_no_word_of_making_places_nothing(extractor: Extractor) -> None:
    text = "وقعت شركة “روسوبورون إكسبورت” الروسية عقدا لبيع البنادق AK-103 إلى فنزويلا."
    facts = facts_of(extractor, text, "ar")
    assert ("AK-103", "made_in_country", "Russia") not in facts, facts


def test_a_quoted_family_name_after_a_plant_word_is_the_company(extractor: Extractor) -> None:
    # (the company's name is the rifle family's: quoted after the word for company it names the firm, whose
    # nationality places the models the sentence names)
    text = "تقول شركة “كلاشنكوف” الروسية إنها تصنع البنادق AK-74 في مصانعها."
    facts = facts_of(extractor, text, "ar")
    assert ("AK-74", "made_in_country", "Russia") in facts, facts
    assert not any(s == "AK" for s, _, _ in facts), facts
