"""Another name of a design written only in Cyrillic or Greek letters is given with its Latin spelling before it
("Ural (Урал)"), as analysts write such names; a name with Latin letters, or in Chinese, stays as written."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from copytrace.extract.phonetic import with_latin
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Танк Т-72 «Урал» поступил на вооружение.", "ru", "Ural (Урал)"),
    ("Літак Ан-225 «Мрія» збудували в Києві.", "uk", "Mriya (Мрія)"),
])
def test_a_cyrillic_name_gets_its_latin_spelling(extractor: Extractor, text: str, lang: str, name: str) -> None:
    assert any(r == "alias_of" and o == name for _, r, o in facts_of(extractor, text, lang))


@pytest.mark.parametrize(("written", "given"), [
    ("Урал", "Ural (Урал)"),
    ("Ελεύθερος", "Eleytheros (Ελεύθερος)"),
    ("Ural", "Ural"),                 # (Latin already)
    ("Урал-M", "Урал-M"),             # (a Latin letter in it: a mixed name stays as written)
    ("猎犬", "猎犬"),                  # (Chinese: its Latin spelling is no name a reader knows)
])
def test_which_names_are_spelt_out(written: str, given: str) -> None:
    assert with_latin(written) == given
