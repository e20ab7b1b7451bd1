"""Arabic "the latter" (الأخيرة, written للأخيرة after "ل") right after two countries is the second of them, so a word
of permission before it reads a licence to that country; and a family's name a few words before "of the model" and a
model of it ("بندقية كلاشنيكوف ... من طراز AK-103") names that model. Sentences of our own; they prove behaviour,
not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_permission_to_the_latter_of_two_countries(extractor: Extractor) -> None:
    text = "أبرمت روسيا عقدا مع الجزائر يتيح للأخيرة تصنيع البندقية AK-74 محليا."
    facts = facts_of(extractor, text, "ar")
    assert ("AK-74", "licence_status", "licensed") in facts, facts
    assert ("AK-74", "licensed_by", "Russia") in facts, facts


def test_family_name_before_the_word_for_model(extractor: Extractor) -> None:
    text = 'تصنع الجزائر بندقية كلاشنيكوف الحديثة من طراز "AK-74" في مصانعها.'
    facts = facts_of(extractor, text, "ar")
    assert ("AK-74", "made_in_country", "Algeria") in facts, facts
    assert not any(s == "AK" for s, _, _ in facts), facts


def test_the_latter_after_a_product_stays_no_country(extractor: Extractor) -> None:
    # (the two names before it are a country and a design: no country is meant)
    text = "صنعت مصر البندقية AKM، وكانت الأخيرة تصدر إلى ليبيا."
    facts = facts_of(extractor, text, "ar")
    assert ("AKM", "made_in_country", "Egypt") in facts, facts
