"""Chinese says a design is "the bomber China copied" ("中国仿制的轰炸机"): the country that copied it made it, as
"中国生产的" says. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text, product, country", [
    ("轰-5是我国仿制的轰炸机。", "Harbin H-5", "China"),
    ("轰-5是中国仿制的轰炸机。", "Harbin H-5", "China"),
    ("59式坦克是中國仿製的蘇聯T-54A坦克。", "Type 59 tank", "China"),
])
def test_copier_of_a_named_design_made_it(extractor: Extractor, text: str, product: str, country: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert (product, "made_in_country", country) in facts, facts


def test_original_after_the_copy_word_is_not_made_there(extractor: Extractor) -> None:
    facts = facts_of(extractor, "59式坦克是中国仿制的苏联T-54A坦克。", "zh")
    assert ("T-54A", "made_in_country", "China") not in facts, facts
    assert ("Type 59 tank", "derived_from", "T-54A") in facts, facts
