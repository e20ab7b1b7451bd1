"""A word of inability or lack right before a word of making ("unable to produce", "缺乏生产", "incapaz de
fabricar") says the making did not happen: no place of making."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang, country", [
    ("Back then Peru was unable to produce the T-54 on its own.", "en", "Peru"),
    ("秘鲁在七十年代缺乏生产T-54坦克的能力。", "zh", "Peru"),
    ("秘鲁在七十年代无法生产T-54坦克。", "zh", "Peru"),
    ("En aquella época Perú era incapaz de fabricar el T-54.", "es", "Peru"),
])
def test_no_making_where_it_could_not_be_done(extractor, text, lang, country):
    facts = facts_of(extractor, text, lang)
    assert ("T-54", "made_in_country", country) not in facts, facts


def test_a_making_done_still_reads(extractor):
    facts = facts_of(extractor, "Back then Peru produced the T-54 on its own.", "en")
    assert ("T-54", "made_in_country", "Peru") in facts, facts
