"""Tracks and turrets ("gusenice", "kupole", "гусеницы", "gąsienice") are parts: a works that makes them for a tank
does not make the tank, nor do the tank's makers lose their own reading.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Kovačnica Zastava počela je proizvodnju gusenica za tenk M-84.", "hr"),
    ("Kovačnica Zastava počela je proizvodnju kupola za tenk M-84.", "hr"),
    ("Kovačnica Zastava započela je proizvodnju gusenica za tenk M-84.", "sr"),
    ("Kovačnica Zastava začela je proizvodnjo gosenic za tank M-84.", "sl"),
    ("Завод Zastava начал производство гусениц для танка M-84.", "ru"),
    ("Zakłady Zastava rozpoczęły produkcję gąsienic do czołgu M-84.", "pl"),
])
def test_a_works_making_tracks_for_a_tank_is_not_its_maker(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not any(r == "manufactured_by" for _, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Kovačnica Zastava počela je proizvodnju tenka M-84.", "hr"),
    ("Завод Zastava начал производство танка M-84.", "ru"),
])
def test_a_works_making_the_tank_itself_is_its_maker(extractor: Extractor, text: str, lang: str) -> None:
    assert ("M-84", "manufactured_by", "Zastava Arms") in facts_of(extractor, text, lang)
