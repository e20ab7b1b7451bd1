"""Japanese "XはYの戦車である" (X is Y's tank): where the copula ends the clause, a product, then a country's name with
the owner's mark on a word of its kind of product, the copula right after that word, makes the product that
country's, as "X is a Chinese tank" does; not where a force's word, an original or a licence stands between.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "product", "country"), [
    ("69式戦車は中国の戦車である。", "Type 69 tank", "China"),
    ("SKSはソ連の小銃であり、多くの国で使われた。", "SKS", "Soviet Union"),
])
def test_a_countrys_kind_before_the_copula(extractor: Extractor, text: str, product: str, country: str) -> None:
    assert (product, "made_in_country", country) in facts_of(extractor, text, "ja")


@pytest.mark.parametrize("text", [
    "MiG-23はインド空軍の迎撃機である。",   # a force uses it
    "J-6はMiG-19をもとにしたソ連の機体の派生型である。",   # the country is the original's
])
def test_no_country_past_a_force_or_an_original(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "ja")
    assert not [f for f in facts if f[1] == "made_in_country" and f[2] in {"India", "Soviet Union"}
                and f[0] in {"MiG-23", "Shenyang J-6"}], facts
