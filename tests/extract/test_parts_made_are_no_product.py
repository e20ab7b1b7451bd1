"""A word of making whose object is a part word right beside it ("made spare parts", "制造配件", "本国制造的
零件") says the parts were made: a product the sentence names apart from them was not made there. A product
joined to the part word by "and" is made all the same.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Laos produced spare parts that put its old PT-76 tanks back on the road."),
    ("zh", "老挝制造配件,让库存的PT-76坦克重新开动。"),
    ("zh", "老挝用本国制造的零件修好了PT-76坦克。"),
])
def test_parts_made_are_no_making_of_the_product(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "made_in_country"], facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Laos produced spare parts and PT-76 tanks."),
    ("zh", "老挝制造配件和PT-76坦克。"),
    ("en", "Laos produced the PT-76 and its spare parts."),
])
def test_a_product_joined_to_the_parts_is_made(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("PT-76", "made_in_country", "Laos") in facts, facts


@pytest.mark.parametrize("text", [
    # where the verb comes last, a works named after a clause of making is the doer of the verb after it: that verb
    # made parts ("工場", the works' own word, is no verb of making)
    "1970年、天津市は54式拳銃の生産ラインを作り、工具工場は金属部品を生産した。",
    "1969年、南京市は54式拳銃の生産ラインを新設し、多くの会社が部品を分担し、工具工場は鋼製部品を生産した。",
])
def test_a_works_that_makes_parts_after_a_line_of_making_makes_no_design(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "ja")
    assert not [f for f in facts if f[1] == "manufactured_by"], facts


def test_a_works_that_makes_the_design_after_a_line_of_making_still_does(extractor: Extractor) -> None:
    facts = facts_of(extractor, "1965年、北京市は53式小銃の生産ラインを建てた。工具工場が53式小銃を生産した。", "ja")
    assert [f for f in facts if f[1] == "manufactured_by"], facts
