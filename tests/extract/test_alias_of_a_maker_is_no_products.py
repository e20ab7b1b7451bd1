"""A word of naming right after a maker's name, with no product named in its sentence ("Norinco, officially known as
China North Industries Corporation"), gives the maker's other name: no alias of the product the text is about.
Sentences of our own."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", 'The deal was signed with Norinco, officially known as "China North Industries". The Type 81 rifle will '
           'be made in Egypt.'),
    ("ar", 'أبرمت القاهرة الصفقة مع نورينكو الصينية التي تعرف أيضا باسم "مجموعة الشمال". ستصنع مصر بندقية Type 81.'),
])
def test_a_makers_other_name_is_no_alias_of_the_topic(extractor: Extractor, lang: str, text: str) -> None:
    assert not [f for f in facts_of(extractor, text, lang) if f[1] == "alias_of"]


def test_the_topics_other_name_still_counts(extractor: Extractor) -> None:
    facts = facts_of(extractor, 'The Type 81 rifle is made in China. It is also known as the "Kestrel".', "en")
    assert ("Type 81", "alias_of", "Kestrel") in facts
