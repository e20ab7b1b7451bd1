"""A clause set off right after the original of a copy ("a copy of the MiG-19, which was built in the USSR from
1955", "копией МиГ-19, который производился в СССР") says where and since when the original was made, not the copy;
an aside after the sentence's first name ("J-7, копия МиГ-21, выпускался") leaves the verb to that name.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Китайский истребитель Q-6 является копией советского МиГ-19, который производился в СССР с 1955 года.", "ru"),
    ("Китайський винищувач Q-6 є копією радянського МіГ-19, який вироблявся в СРСР з 1955 року.", "uk"),
    ("The Chinese Q-6 fighter is a copy of the MiG-19, which was built in the Soviet Union from 1955.", "en"),
])
def test_the_clause_after_the_original_speaks_of_it(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Q-6", "introduced_year", "1955") not in facts, facts
    assert ("MiG-19", "made_in_country", "Soviet Union") in facts, facts


def test_an_aside_after_the_first_name_leaves_it_the_verb(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Истребитель Q-7, копия МиГ-21, выпускался в Китае с 1966 года.", "ru")
    assert ("Q-7", "made_in_country", "China") in facts, facts
