"""A quoted capitalised name right after a word for "type" ("boats of the type "Osa I"", "tipa "Osa I"", "del tipo
"Osa I"") names a product, as one beside a product noun does.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

TYPED = [
    ("en", 'Egypt received three patrol craft of the type "Osa I" from Russia.'),
    ("es", 'Rusia entregó a Egipto tres patrulleras del tipo "Osa I".'),
    ("hr", 'Rusija je Egiptu isporučila tri ophodna broda tipa "Osa I".'),
]


@pytest.mark.parametrize(("lang", "text"), TYPED)
def test_a_quoted_name_after_a_type_word_is_a_product(extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Osa I", "exported_to", "Egypt") in facts, facts


def test_a_lower_case_quoted_phrase_after_a_type_word_is_none(extractor) -> None:
    text = 'Egypt bought five missiles of the type "surface to air" from Russia.'
    facts = facts_of(extractor, text, "en")
    assert not [f for f in facts if f[1] == "exported_to"], facts
