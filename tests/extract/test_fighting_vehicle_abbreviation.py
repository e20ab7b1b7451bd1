"""Russian and Ukrainian "БМ" ("боевая машина", "бойова машина": a fighting vehicle) is a word for a product: a
quoted name after it ("БМ «Оплот»") is a design of its own, which takes the place a list gives it, so that place
is not given to the design named before it in the list. A designation that opens with the letters (БМ-21) stays one.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _exports(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t", lang) if f.relation == "exported_to"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Торік Україна продала 6 танків Т-64 до Грузії та 4 БМ «Оплот» до Вірменії.", "uk"),
    ("В прошлом году Украина продала 6 танков Т-64 в Грузию и 4 БМ «Оплот» в Армению.", "ru"),
    ("Минулого року продано 12 машин: 7 танків Т-64 – до Грузії, 5 БМ «Оплот» – до Вірменії.", "uk"),
])
def test_a_place_after_the_abbreviation_is_not_the_design_before(extractor: Extractor, text: str, lang: str) -> None:
    exports = _exports(extractor, text, lang)
    assert ("T-64", "Georgia") in exports
    assert ("T-64", "Armenia") not in exports


@pytest.mark.parametrize(("text", "lang"), [
    ("Україна продала 4 БМ «Оплот» до Вірменії.", "uk"),
    ("Украина продала 4 БМ «Оплот» в Армению.", "ru"),
])
def test_a_quoted_name_after_the_abbreviation_is_a_design(extractor: Extractor, text: str, lang: str) -> None:
    assert ("Oplot", "Armenia") in _exports(extractor, text, lang)


def test_the_letters_in_a_designation_stay_a_designation(extractor: Extractor) -> None:
    assert ("BM-21 Grad", "Armenia") in _exports(extractor, "Украина продала 5 БМ-21 в Армению.", "ru")
