"""A prefix of two letters spelled in Arabic letters stands apart from its number after a word of the design's kind
("طراز سو 33"): words for guns, launchers, vehicles and helicopters are such words too ("مدفع دي 30", the D-30 gun;
"هليكوبتر مي 8"), in Persian as in Arabic ("هلیکوپتر می ۸"). Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from copytrace.extract.shapes import designations

from .conftest import facts_of


def _names(text: str) -> list[str]:
    return [d.canonical for d in designations(text, 0, len(text))]


@pytest.mark.parametrize(("text", "name"), [
    ("عرض الجيش مدفع دي 30 في الساحة.", "D-30"),
    ("عرض الجيش المدافع دي 30 في الساحة.", "D-30"),
    ("شوهدت راجمة بي إم 21 قرب الحدود.", "BM-21"),
    ("هبطت هليكوبتر مي 8 في المطار.", "Mi-8"),
    ("یک هلیکوپتر می ۸ در فرودگاه نشست.", "Mi-8"),
])
def test_a_two_letter_prefix_apart_after_a_word_of_its_kind(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_short_word_and_a_number_after_no_kind_word_is_no_design() -> None:
    assert _names("قال دي 30 مرة إنه سيأتي.") == []


def test_the_gun_made_under_licence(extractor: Extractor) -> None:
    facts = facts_of(extractor, "صنعت مصر مدفع دي 30 بترخيص من الاتحاد السوفيتي.", "ar")
    assert ("D-30", "made_in_country", "Egypt") in facts, facts
