""""Built under licence by X": the passive agent right after a word of licence that follows a word of making names the
maker, a name the registry does not know included (it used to be read only right after the word of making). Sentences
of our own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_an_unknown_maker_after_under_licence_by(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The T-72M7 was built under licence by Holmvik Tankworks.", "en")
    assert ("T-72M7", "manufactured_by", "Holmvik Tankworks") in facts, facts
    assert ("T-72M7", "licence_status", "licensed") in facts, facts


def test_a_licence_from_a_firm_still_names_the_licensor_not_the_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The T-72M7 was built under licence from Holmvik Tankworks.", "en")
    assert ("T-72M7", "manufactured_by", "Holmvik Tankworks") not in facts, facts
