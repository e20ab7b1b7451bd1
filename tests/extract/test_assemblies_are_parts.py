"""Assemblies ("узлы", "агрегаты"; Ukrainian "вузли") are parts: the year a plant began making them for a design
dates no introduction of the design.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("С 1975 года харьковский завод делал некоторые узлы для Т-72.", "ru"),
    ("З 1975 року харківський завод робив деякі вузли для Т-72.", "uk"),
    ("В 1975 году завод начал выпуск агрегатов для танка Т-72.", "ru"),
])
def test_making_assemblies_for_a_design_dates_no_introduction(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-72", "introduced_year", "1975") not in facts, facts
