"""A plant named by its number in Japanese and Korean ("第617工場", "제617공장"), as in Chinese ("617厂"), is the
registry's "Factory 617" where the number runs into the plant word. Sentences of our own; they prove behaviour, not
quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of, objects


@pytest.mark.parametrize(("lang", "text"), [
    ("ja", "59式戦車は第617工場で生産された。"),
    ("ko", "59식 전차는 중국 제617공장에서 생산되었다."),
    ("ko", "59식 전차는 617공장에서 만들어졌다."),
    ("zh", "59式坦克由617厂生产。"),
])
def test_a_numbered_plant_is_the_maker(extractor: Extractor, lang: str, text: str) -> None:
    makers = objects(facts_of(extractor, text, lang), "manufactured_by")
    assert makers == ["Inner Mongolia First Machinery Group"], makers


def test_a_number_and_a_count_word_is_no_plant(extractor: Extractor) -> None:
    # (a count of tanks before a word that is no plant word names no plant)
    makers = objects(facts_of(extractor, "중국은 617대의 59식 전차를 생산했다.", "ko"), "manufactured_by")
    assert makers == [], makers
