"""English, French, Spanish and Italian write the rifle as a common noun in lower case too ("the Soviet kalashnikovs",
"la kalachnikov", "los kalashnikov"): the family, which a copy derives from."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("The Tabuk rifle is a heavier copy of the kalashnikovs the Soviets built.", "en"),
    ("Le fusil Tabuk est une copie plus lourde de la kalachnikov soviétique.", "fr"),
    ("El fusil Tabuk es una copia más pesada de los kaláshnikov soviéticos.", "es"),
    ("Il fucile Tabuk è una copia più pesante dei kalashnikov sovietici.", "it"),
])
def test_lower_case_kalashnikov_is_the_family(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("Tabuk", "derived_from", "AK") in facts, facts
