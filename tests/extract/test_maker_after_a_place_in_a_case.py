"""A plant word in any case before a maker's name is no part of the name, also where a country's name stands right
before the plant word ("в Болгарии заводом Арсенал" is the Arsenal, not "заводом Арсенал").

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Пистолеты ПМ собирались в Болгарии заводом Арсенал.", "ru"),
    ("Пістолети ПМ збиралися в Болгарії заводом Арсенал.", "uk"),
])
def test_the_plant_word_after_a_country_is_no_part_of_the_makers_name(extractor: Extractor, text: str,
                                                                       lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Makarov PM", "manufactured_by", "Arsenal") in facts, facts
