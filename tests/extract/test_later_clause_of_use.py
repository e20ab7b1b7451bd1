"""A name past a clause mark after a word of making, with a word of use close after it and no word of making or trade
of its own before it ("..., and the MiG-21 is still in use"), is spoken of by that later clause: the earlier making
is not its making."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_english_original_still_used(extractor):
    text = "China produced many fighters of the improved version J-7, and the MiG-19 is still used in Africa."
    assert ("MiG-19", "made_in_country", "China") not in facts_of(extractor, text, "en")


def test_arabic_original_still_in_use(extractor):
    text = "أنتجت الصين نحو ألف مقاتلة من النسخة المحلية \"جيه-6\"، وما زالت \"ميغ-19\" قيد الاستخدام في أفريقيا."
    facts = facts_of(extractor, text, "ar")
    assert ("MiG-19", "made_in_country", "China") not in facts
    assert ("Shenyang J-6", "made_in_country", "China") in facts
