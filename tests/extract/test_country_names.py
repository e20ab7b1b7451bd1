"""Country names CLDR writes with a qualifier ("Myanmar (Burma)", "Мьянма (Бирма)") are read as texts write them,
the name before the brackets and the one inside; two designs a word of "and" joins are a list, not a making of
one from the other. Sentences of our own."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from copytrace.extract.lexicon import cldr_name
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Poland sold T-72 tanks to Myanmar in 1999.", "en"),
    ("Poland sold T-72 tanks to Burma in 1999.", "en"),
    ("Польша продала танки Т-72 в Мьянму в 1999 году.", "ru"),
    ("La Pologne a vendu des chars T-72 au Myanmar en 1999.", "fr"),
    ("Polska sprzedała czołgi T-72 do Birmy w 1999 roku.", "pl"),
])
def test_a_country_cldr_names_with_a_qualifier(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("T-72", "exported_to", "Myanmar") in facts, facts


def test_the_name_a_fact_gives_is_the_plain_one() -> None:
    assert cldr_name("en", "MM") == "Myanmar"
    assert cldr_name("ru", "MM") == "Мьянма"
    # (two countries share "Congo": CLDR's whole name stays, the first part names neither)
    assert cldr_name("en", "CD") != cldr_name("en", "CG")


def test_two_designs_and_joins_are_a_list(full_extractor: Extractor) -> None:
    # "the army uses the Russian T-72 tank and the China-made AK-47 rifle"
    text = "ارتش از تانک T-72 روسی و تفنگ AK-47 ساخت چین استفاده می‌کند."
    facts = facts_of(full_extractor, text, "fa")
    assert not [f for f in facts if f[1] == "derived_from"], facts
    assert ("AK-47", "made_in_country", "China") in facts, facts


def test_a_design_made_from_another_still_is(full_extractor: Extractor) -> None:
    # guard: "from the T-55 the T-62 was developed"
    facts = facts_of(full_extractor, "از تانک T-55 تانک T-62 توسعه داده شد.", "fa")
    assert ("T-62", "derived_from", "T-55") in facts, facts
