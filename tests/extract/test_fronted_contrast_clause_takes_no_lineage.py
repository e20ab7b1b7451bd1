"""A name inside a clause that a word of contrast opens the sentence with ("While ..., "), closed by a comma, takes no
derivation the main clause after the comma reads, where that clause names its own subject before its word."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("While the early pistol was a licensed TT, the Type 68 rifle was a licensed copy of the AKM.", "en"),
    ("В то время как пистолет оставался лицензионным ТТ, автомат Тип 68 был лицензионной копией АКМ.", "ru"),
    ("Mientras que la primera pistola era una TT, el fusil Tipo 68 era una copia del AKM.", "es"),
])
def test_name_in_a_fronted_contrast_clause_is_no_copy(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert not any(s == "TT-33" and r == "derived_from" for s, r, _ in facts), facts
    assert any(r == "derived_from" and o == "AKM" for _, r, o in facts), facts
