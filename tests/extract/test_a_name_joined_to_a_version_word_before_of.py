"""German joins a name to a word of versions with a hyphen ("die TR-85-Varianten"): followed by a word of "of" and
another name ("... des T-55"), the joined name is the version and the name after "of" its original, so a word of
making before them makes the version, not the original (with no "of", "der Scud-Variante Hwasong 6", the joined name
stays the original)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of

CASES = [
    ("Rumänien fertigte die TR-85-Varianten des T-55 selbst.", "TR-85", "T-55", "Romania"),
    ("Polen baute 300 PT-91-Derivate des T-72.", "PT-91 Twardy", "T-72", "Poland"),
    ("Die J-7-Version der MiG-21 wurde in China gebaut.", "Chengdu J-7", "MiG-21", "China"),
    ("China baute ab 1966 die J-7-Kopie der sowjetischen MiG-21.", "Chengdu J-7", "MiG-21", "China"),
]


@pytest.mark.parametrize(("text", "version", "original", "country"), CASES)
def test_the_joined_name_is_the_version_made(extractor, text, version, original, country):
    facts = facts_of(extractor, text, "de")
    assert (version, "derived_from", original) in facts, facts
    assert (version, "made_in_country", country) in facts, facts
    assert (original, "made_in_country", country) not in facts, facts


def test_a_joined_name_with_no_of_stays_the_original(extractor):
    facts = facts_of(extractor, "Die Ingenieure der Scud-Variante Hwasong 6 kamen aus Nordkorea.", "de")
    assert ("Hwasong-6", "derived_from", "Scud") in facts, facts
