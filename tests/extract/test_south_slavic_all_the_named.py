"""South Slavic "all" and "those" beside a product noun (Croatian "svi tenkovi", "tih tenkova"; Slovenian "vsi tanki";
Macedonian "сите тенкови"; Bulgarian "всички танкове") point at every design the sentence before named, as "these"
does: what the sentence says of them is said of each.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Tvornica je gradila tenkove T-54 i T-55. Svi tenkovi su izvezeni i u Siriju.", "hr"),
    ("Fabrika je gradila tenkove T-54 i T-55. Svi tenkovi su izvezeni i u Siriju.", "sr"),
    ("Tvornica je gradila tenkove T-54 i T-55. Dvadeset tih tenkova prodano je Siriji.", "hr"),
    ("Tovarna je gradila tanke T-54 in T-55. Vsi tanki so bili izvoženi tudi v Sirijo.", "sl"),
    ("Фабриката произведуваше тенкови Т-54 и Т-55. Сите тенкови беа извезени и во Сирија.", "mk"),
    ("Заводът произвеждаше танкове Т-54 и Т-55. Всички танкове бяха изнесени и в Сирия.", "bg"),
])
def test_all_beside_a_product_noun_is_each_named_before(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-54", "exported_to", "Syria") in facts, facts
    assert ("T-55", "exported_to", "Syria") in facts, facts
