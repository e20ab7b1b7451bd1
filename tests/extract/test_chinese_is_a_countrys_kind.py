"""Chinese "X是一种中国运输机" / "X就是中国的战斗机" (X is a Chinese transport, a Chinese fighter): a name the copula
equates with a country's kind of product is made in that country, the country's name standing as an adjective
would, with or without the mark of an owner; not where another name stands between.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "product", "country"), [
    ("直-5是一种中国直升机。", "Harbin Z-5", "China"),
    ("直-5就是中國的直升機。", "Harbin Z-5", "China"),
    ("米格-21是一款苏联的超音速战斗机。", "MiG-21", "Soviet Union"),
])
def test_a_countrys_kind_is_made_there(extractor: Extractor, text: str, product: str, country: str) -> None:
    assert (product, "made_in_country", country) in facts_of(extractor, text, "zh")


def test_the_country_of_another_name_stays_there(extractor: Extractor) -> None:
    facts = facts_of(extractor, "直-5就是苏联的米-4直升机的仿制品。", "zh")
    assert not [f for f in facts if f[0] == "Harbin Z-5" and f[1] == "made_in_country"], facts
