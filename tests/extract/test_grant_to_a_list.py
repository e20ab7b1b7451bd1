"""A word of granting, a list of receiving countries, then the licence word: the list counts as one receiver, so the
licence is still what was granted, the granting country its licensor and no maker."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_arabic_licences_granted_to_five(extractor):
    text = "منح الاتحاد السوفيتي بلغاريا وبولندا ورومانيا والصين وكوريا الشمالية رخصا لإنتاج الكلاشنيكوف."
    facts = facts_of(extractor, text, "ar")
    assert ("AK", "licensed_by", "Soviet Union") in facts
    assert ("AK", "made_in_country", "Soviet Union") not in facts
    assert ("AK", "made_in_country", "North Korea") in facts
