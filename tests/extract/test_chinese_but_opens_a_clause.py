"""Chinese words of contrast right after a comma ("，但", "，但是", "，然而") open a clause of their own where both
clauses name a product: what the first says of its product (a delivery to a country) is not said of the second's.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "苏联向朝鲜交付了米格-19战斗机,但歼-6是中国自己生产的。",
    "蘇聯向朝鮮交付了米格-19戰鬥機，但殲-6是中國自己生產的。",
    "苏联向朝鲜交付了米格-19战斗机，然而歼-6是中国自己生产的。",
])
def test_the_delivery_stays_in_its_clause(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert ("Shenyang J-6", "made_in_country", "China") in facts, facts
    assert not [f for f in facts if f[0] == "Shenyang J-6" and f[1] == "exported_to"], facts
