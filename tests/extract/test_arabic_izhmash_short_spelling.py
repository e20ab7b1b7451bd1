"""Arabic writes Izhmash with or without the long vowel after the first letter (إيجماش, اجماش): both are the works."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_short_spelling_is_the_maker(extractor):
    facts = facts_of(extractor, "قال مدير مصنع اجماش الروسي الذي يصنع بنادق كلاشنيكوف إن الإنتاج ارتفع.", "ar")
    assert ("AK", "manufactured_by", "Izhmash") in facts
