"""A version the text calls licensed in the words that name it is a licensed copy, not a later rework: a licence of
its original that a later sentence scopes to the copy's country is the copy's."""

from __future__ import annotations

from .conftest import facts_of


def test_licence_of_the_original_in_the_copys_country_goes_to_the_licensed_version(extractor) -> None:
    text = ("O J-7 é um caça da China, versão do MiG-21 feita sob licença. Em 1962 Moscou e Pequim fecharam um "
            "acordo de licença para o MiG-21 na China. O J-7 foi fabricado na China.")
    facts = facts_of(extractor, text, "pt")
    assert ("Chengdu J-7", "licence_status", "licensed") in facts, facts
    assert ("MiG-21", "licence_status", "licensed") not in facts, facts


def test_a_rework_named_without_a_licence_leaves_the_licence_on_the_original(extractor) -> None:
    text = "The Type 7 is a reworked variant of the An-2, which was license-produced in Poland."
    facts = facts_of(extractor, text, "en")
    assert ("An-2", "licence_status", "licensed") in facts, facts
