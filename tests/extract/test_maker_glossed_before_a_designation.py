"""A maker's name that a bracketed gloss parts from its designation, after a word for the product ("the fighter
Shenyang (沈阳) J-6"), is one name with the designation: no product of its own.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "maker"), [
    ("Tiêm kích Shenyang (Thẩm Dương) J-6 là bản sao của MiG-19 do Liên Xô thiết kế.", "vi", "Shenyang"),
    ("Helikopter Harbin (kota di utara) Z-5 merupakan salinan dari Mi-4 Soviet.", "id", "Harbin"),
])
def test_the_maker_is_no_product_of_its_own(extractor: Extractor, text: str, lang: str, maker: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[0] == maker], facts
    assert any(f[0].endswith(("J-6", "Z-5")) and f[1] == "derived_from" for f in facts), facts


def test_a_name_with_its_designation_in_brackets_stays(extractor: Extractor) -> None:
    # (a bracket that holds the designation itself, with no designation after it, leaves the name a product)
    facts = facts_of(extractor, "Súng trường Vepr (RPK-based) được sản xuất tại Ukraina.", "vi")
    assert any(f[0] == "Vepr" for f in facts), facts
