"""A family's name with a given name right before it and a people's word right before that ("the Russian Mikhail
Kalashnikov") is a person of that people: no rifle, and no place where one was made."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("The rifle was designed in 1947 by the Russian Mikhail Kalashnikov.", "en"),
    ("Pușca a fost creată în 1947 de rusul Mihail Kalașnikov.", "ro"),
    ("El fusil fue creado en 1947 por el ruso Mijaíl Kaláshnikov.", "es"),
    ("Le fusil a été conçu en 1947 par le Russe Mikhaïl Kalachnikov.", "fr"),
    ("Il fucile fu progettato nel 1947 dal russo Michail Kalashnikov.", "it"),
])
def test_the_national_is_no_place_of_making(extractor: Extractor, text: str, lang: str) -> None:
    assert not {f for f in facts_of(extractor, text, lang) if f[1] == "made_in_country"}


def test_a_people_s_rifle_stays_a_rifle(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Romania made the Kalashnikov under licence.", "en")
    assert ("AK", "made_in_country", "Romania") in facts
