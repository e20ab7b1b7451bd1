"""A Bulgarian plant's name whose first adjective carries the glued "the" ("Казанлъшките оръжейни заводи") agrees
with the adjectives after it; and "tool works" (工具厂, 工具廠), the cover name of Chinese arms plants, is a plant word
in Chinese and Japanese. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "maker"), [
    ("bg", "Дълги години автоматите АК-47 се произвеждаха в Казанлъшките оръжейни заводи.",
     "Казанлъшките оръжейни заводи"),
    ("zh", "早期的56式由庆华工具厂独家制造。", "庆华工具厂"),
    ("ja", "初期の56式は慶華工具廠で製造された。", "慶華工具廠"),
])
def test_the_plant_makes_the_design(extractor: Extractor, lang: str, text: str, maker: str) -> None:
    quotes = {f.quote for f in extractor.extract_text(text, "t.txt", lang) if f.relation == "manufactured_by"}
    assert any(maker in q for q in quotes), quotes


def test_a_lone_capital_before_lower_case_words_that_do_not_agree(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Автоматите АК-47 ги правеше Иван в оръжейни заводи.", "bg")
    assert not any(r == "manufactured_by" for _, r, _ in facts), facts
