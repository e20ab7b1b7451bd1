"""A word of versions, its original after it, then a copula or a colon, then a list of names: each name of the list
is a version of that original. The original may follow the word as a genitive, with no word for "of" ("Wśród wersji
T-97 są", "Модификации Т-97"), and a colon or a dash between spaces may stand for the copula. Sentences of our own;
they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Wśród wersji T-97 są ZX-5, ZX-6 i ZX-7.", "pl"),
    ("Wersje T-97: ZX-5, ZX-6 i ZX-7.", "pl"),
    ("Модификации Т-97: ZX-5, ZX-6 и ZX-7.", "ru"),
    ("Модификации Т-97 — ZX-5, ZX-6 и ZX-7.", "ru"),
    ("Versions of the T-97: the ZX-5, the ZX-6 and the ZX-7.", "en"),
])
def test_every_name_of_the_list_is_a_version(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    for name in ("ZX-5", "ZX-6", "ZX-7"):
        assert (name, "derived_from", "T-97") in facts, facts
