"""Where "of" is a word, a name right after a word of versions that holds a country's adjective ("a versão chinesa
J-7", "la versión china J-7") is that version, and the adjective says where it is made."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang", [
    ("A versão chinesa J-7 chegou ao Paquistão nos anos oitenta.", "pt"),
    ("La versión china J-7 llegó a Pakistán en los años ochenta.", "es"),
])
def test_adjective_in_the_version_word_is_the_names(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("Chengdu J-7", "made_in_country", "China") in facts, facts


def test_the_original_after_a_version_word_where_the_owner_comes_first(extractor):
    facts = facts_of(extractor, "中国版米格-17于1956年首飞。", "zh")
    assert ("MiG-17", "made_in_country", "China") not in facts, facts
