"""A word of a nickname ("nicknamed", Indonesian "dijuluki", Vietnamese "biệt danh") after a word of making gives
the design made another name; unlike "under the name", it names no copy made under it.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "nick"), [
    ('The J-7s built in China were nicknamed "Widowmaker".', "en", "Widowmaker"),
    ('Pesawat J-7 yang dibuat di Cina dijuluki "Widowmaker".', "id", "Widowmaker"),
])
def test_nickname_is_no_copy(extractor: Extractor, text: str, lang: str, nick: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "derived_from"], facts
    assert ("Chengdu J-7", "alias_of", nick) in facts, facts


def test_a_name_given_to_the_making_still_names_a_copy(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The AK-47 was made in China under the name Type 56.", "en")
    assert ("Type 56", "derived_from", "AK-47") in facts, facts
