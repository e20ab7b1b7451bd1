"""The bare noun for "name" is a naming word in English, French, German, Spanish, Italian and Portuguese, as
"название", "nazwa", "název" are in Slavic languages: "the name of the J-6 was F-6", "il nome cecoslovacco del
BMP-1"; a name a design got from a person names nothing. Sentences of our own; they prove behaviour,
not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "For export, the name of the J-6 was F-6.", ("Shenyang J-6", "alias_of", "F-6")),
    ("en", "The BVP-1 was simply the Czechoslovak name of the BMP-1.", ("BVP-1", "alias_of", "BMP-1")),
    ("it", "Il BVP-1 era soltanto il nome cecoslovacco del BMP-1.", ("BVP-1", "alias_of", "BMP-1")),
    ("pt", "O BVP-1 era apenas o nome checoslovaco do BMP-1.", ("BVP-1", "alias_of", "BMP-1")),
])
def test_a_name_noun_gives_another_name(extractor: Extractor, lang: str, text: str,
                                        fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The rifle AK-47 took its name from the man who drew it."),
    ("es", "El nombre del fusil AK-47 viene de quien lo diseñó."),
])
def test_a_name_from_a_person_names_no_design(extractor: Extractor, lang: str, text: str) -> None:
    assert not any(r == "alias_of" for _, r, _ in facts_of(extractor, text, lang))
