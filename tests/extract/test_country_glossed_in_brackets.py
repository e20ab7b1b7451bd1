"""A country's name alone in brackets right after another's glosses it (the state of then, the state of now): the
making is placed once, in the country named first."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang, said, gloss", [
    ("For years the T-72M was produced in Czechoslovakia (Slovakia) at one plant.", "en", "Czechoslovakia", "Slovakia"),
    ("Czołgi T-72M produkowano w Czechosłowacji (Słowacja) przez wiele lat.", "pl", "Czechoslovakia", "Slovakia"),
])
def test_the_gloss_is_no_second_place(extractor, text, lang, said, gloss):
    facts = facts_of(extractor, text, lang)
    made = [o for _, r, o in facts if r == "made_in_country"]
    assert said in made and gloss not in made, facts
