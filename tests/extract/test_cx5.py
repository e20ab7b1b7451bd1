"""manufactured_by: which names are makers, read from sentences written for these tests."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of, objects


def test_an_industrial_complex_named_in_vietnamese_makes_the_product(full_extractor: Extractor) -> None:
    text = "Pháo M-46 do Tổ hợp công nghiệp Tây Nam sản xuất từ năm 1962."
    assert "Tổ hợp công nghiệp Tây Nam" in objects(facts_of(full_extractor, text, "vi"), "manufactured_by")


def test_a_capital_opening_a_line_before_a_lower_case_plant_word_is_no_name(full_extractor: Extractor) -> None:
    text = "Civil works for T-72 assembly lines ended in 1979."
    makers = objects(facts_of(full_extractor, text, "en"), "manufactured_by")
    assert not makers, makers


@pytest.mark.parametrize(("text", "lang"), [
    ("Сотрудники чешской компании и Vemo group говорят, что выпускают лишь запчасти к АК-74.", "ru"),
    ("Predstavnici tvrtke i Omega utvrdili su da proizvode samo dijelove za AK-74.", "hr"),
])
def test_a_lower_case_plant_word_before_a_word_for_and_names_no_one(
        full_extractor: Extractor, text: str, lang: str) -> None:
    makers = objects(facts_of(full_extractor, text, lang), "manufactured_by")
    assert not any(" i " in m.lower() or m.lower().startswith(("kompan", "tvrtk")) for m in makers), makers


def test_a_plant_named_with_a_word_for_and_inside_keeps_its_name(full_extractor: Extractor) -> None:
    # guard case: the capitalised plant word opens a name that a word for "and" goes on through
    text = "The AK-74 was produced by Machine and Tool Works of Ruse."
    assert objects(facts_of(full_extractor, text, "en"), "manufactured_by")
