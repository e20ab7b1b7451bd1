"""Turkish "sahtesi" (the fake of X, the possessed noun) is a word of copying as well as of no licence, so the country
that makes one makes its own copy of the design (an English "fake" stays a decoy: tests/extract/test_relations.py)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of

CASES = [
    ("tr", "Çin, 1990'larda Su-27 uçaklarının sahtesini üretti."),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_fake_made_by_a_country(extractor, lang, text):
    facts = facts_of(extractor, text, lang)
    assert ("Su-27 (Chinese copy)", "derived_from", "Su-27") in facts, facts
    assert ("Su-27", "made_in_country", "China") not in facts, facts
