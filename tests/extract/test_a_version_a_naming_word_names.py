"""A version or copy word with a country's adjective on it, then a naming word and a name ("a Chinese copy named
J-7", "la versión china conocida como J-7"), names that country's version of the product spoken of before: it is
made there, as a name set right beside the word is."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_english_copy_named_after_a_naming_word(extractor):
    text = "The MiG-21 served in many air forces. Later a Chinese copy named J-7 entered service in 1966."
    facts = facts_of(extractor, text, "en")
    assert ("Chengdu J-7", "made_in_country", "China") in facts, facts
    assert ("Chengdu J-7", "derived_from", "MiG-21") in facts, facts


def test_spanish_version_known_as(extractor):
    text = "El MiG-21 voló en muchos países. Más tarde la versión china conocida como J-7 entró en servicio en 1966."
    facts = facts_of(extractor, text, "es")
    assert ("Chengdu J-7", "made_in_country", "China") in facts, facts
