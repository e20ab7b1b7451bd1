"""A country's adjective before a word of licence and a participle of making, both on a version word ("a Yugoslav
licence-built version"), names where the version is made, not who gave the licence: the adjective agrees with the
version word, and the licence word is an adverb or adjective on the participle.

The sentences were written for these tests.
"""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_croatian_licence_adverb_before_a_participle(extractor):
    facts = facts_of(extractor, "Prema arhivi, M-84 je jugoslavenska licencno proizvedena varijanta sovjetskog T-72.",
                     "hr")
    assert ("M-84", "made_in_country", "Yugoslavia") in facts
    assert ("M-84", "licensed_by", "Soviet Union") in facts


def test_polish_licence_adverb_before_a_participle(extractor):
    facts = facts_of(extractor, "Samolot Lim-5 był polską licencyjnie budowaną wersją radzieckiego MiG-17.", "pl")
    assert any(s.endswith("Lim-5") and r == "made_in_country" and o == "Poland" for s, r, o in facts)


def test_czech_adjective_is_no_licensor(extractor):
    facts = facts_of(extractor, "Letoun MiG-21F-13 byl československou licenčně vyráběnou verzí sovětského stíhače.",
                     "cs")
    assert ("MiG-21F-13", "licensed_by", "Czechoslovakia") not in facts
    assert ("MiG-21F-13", "made_in_country", "Czechoslovakia") in facts


def test_russian_licence_adverb_before_a_participle(extractor):
    facts = facts_of(extractor, "Танк М-84 был югославской лицензионно собранной версией советского Т-72.", "ru")
    assert ("M-84", "made_in_country", "Yugoslavia") in facts


def test_a_soviet_licence_still_names_the_licensor(extractor):
    facts = facts_of(extractor, "Tenk M-84 je proizveden po sovjetskoj licenci u Jugoslaviji.", "hr")
    assert ("M-84", "licensed_by", "Soviet Union") in facts
