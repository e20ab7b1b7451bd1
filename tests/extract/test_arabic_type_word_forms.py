"""The Arabic word for "type" names a numbered type after "ل" too, where the article loses its alef ("تطوير للنوع 59",
a development of the Type 59), and keeps a roman version number written after a dash ("النوع 59-II").

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_the_type_after_the_preposition_is_the_original(extractor: Extractor) -> None:
    facts = facts_of(extractor, "بيعت الدبابة النوع 69 (تطوير للنوع 59) إلى العراق في الثمانينيات.", "ar")
    assert ("Type 69 tank", "derived_from", "Type 59 tank") in facts, facts


def test_a_roman_version_number_after_a_dash_names_the_version(extractor: Extractor) -> None:
    text = "صنعت الصين الدبابة النوع 59 بأعداد كبيرة. من نسخها المطورة النوع 59-II المسلح بمدفع أكبر."
    facts = facts_of(extractor, text, "ar")
    assert ("Type 59-II", "derived_from", "Type 59 tank") in facts, facts
