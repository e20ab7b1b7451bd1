"""A country's adjective right on a word of versions a possessive gives the name before it ("the BMP-1 and its
Romanian variants", "der BMP-1 und seine rumänischen Varianten") names that country's unnamed version of the name,
made there; with no country, or the name's own, the versions stay unread."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_english_country_versions_of_the_name_before(extractor):
    facts = facts_of(extractor, "Several armies still field the BMP-1 and its Romanian variants.", "en")
    assert ("BMP-1 (Romanian version)", "derived_from", "BMP-1") in facts, facts
    assert ("BMP-1 (Romanian version)", "made_in_country", "Romania") in facts, facts


def test_german_possessive_and_adjective(extractor):
    facts = facts_of(extractor, "Mehrere Armeen nutzen noch den BMP-1 und seine rumänischen Varianten.", "de")
    assert ("BMP-1 (Romanian version)", "made_in_country", "Romania") in facts, facts


def test_no_country_no_version(extractor):
    facts = facts_of(extractor, "Several armies still field the BMP-1 and its improved variants.", "en")
    assert not any(r == "derived_from" for _, r, _ in facts), facts
