"""A word the language spells as a country's name or adjective is no country where the file lists it under
``not_countries``: Arabic "مالية" and Persian "مالی" (financial) are no Mali. The country is still read by the
phrases the file gives it ("دولة مالي", "کشور مالی"). Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of, objects


@pytest.mark.parametrize(("text", "lang"), [
    ("بنت الهيئة دبابات T-72 في مصانعها رغم نقص الموارد المالية.", "ar"),
    ("صنعت الشركة مدافع D-30 بدعم مالي من الدولة.", "ar"),
    ("این کارخانه تانک T-72 را با کمک مالی دولت ساخت.", "fa"),
])
def test_financial_is_no_mali(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert "Mali" not in {o for _, _, o in facts}, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("باعت روسيا مروحيات Mi-24 إلى دولة مالي.", "ar"),
    ("روسیه بالگردهای Mi-24 را به کشور مالی فروخت.", "fa"),
])
def test_the_country_is_still_read(extractor: Extractor, text: str, lang: str) -> None:
    assert "Mali" in objects(facts_of(extractor, text, lang), "exported_to")
