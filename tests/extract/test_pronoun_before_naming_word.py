"""A personal pronoun right before a naming word (a passive auxiliary between) stands for the last design the
sentence named before it, however far back: that design takes the name.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

CASES = [
    ("en", 'Pilots who flew the J-7 fighters that China built in large numbers during the sixties said they were '
           'nicknamed "the noisy kettle".', "the noisy kettle"),
    ("vi", 'Sau nhiều sự cố với các máy bay J-7 mà Trung Quốc sản xuất hàng loạt vào thập niên 1970, chúng được đặt '
           'biệt danh là "ấm nước ồn ào".', "ấm nước ồn ào"),
]


@pytest.mark.parametrize(("lang", "text", "name"), CASES)
def test_the_pronoun_before_the_naming_word_names_the_design(extractor, lang: str, text: str, name: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Chengdu J-7", "alias_of", name) in facts, facts
