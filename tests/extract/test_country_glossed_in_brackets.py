"""A country's name alone in brackets right after another's glosses it (the state of then, the state of now): the
making is placed once, in the country named first."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang, said, gloss", [
    ("The Makarov PM was produced at two arsenals in the USSR (Russia) for decades.", "en", "Soviet Union", "Russia"),
    ("Pistolety Makarov PM produkowano w ZSRR (Rosja) przez wiele lat.", "pl", "Soviet Union", "Russia"),
])
def test_the_gloss_is_no_second_place(extractor, text, lang, said, gloss):
    facts = facts_of(extractor, text, lang)
    made = [o for _, r, o in facts if r == "made_in_country"]
    assert said in made and gloss not in made, facts
