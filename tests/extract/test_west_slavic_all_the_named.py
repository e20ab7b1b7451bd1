"""Polish, Czech and Slovak "all" beside a product noun ("wszystkie czołgi", "všechny tanky", "všetky tanky") points at
every design the sentence before named, as "these" does: what the sentence says of them is said of each.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "buyer"), [
    ("Zakład budował czołgi T-54 i T-55. Wszystkie czołgi sprzedawano też do Syrii.", "pl", "Syria"),
    ("Závod stavěl tanky T-54 a T-55. Všechny tanky se vyvážely také do Sýrie.", "cs", "Syria"),
    ("Závod staval tanky T-54 a T-55. Všetky tanky sa vyvážali aj do Sýrie.", "sk", "Syria"),
])
def test_all_beside_a_product_noun_is_each_named_before(extractor: Extractor, text: str, lang: str,
                                                        buyer: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-54", "exported_to", buyer) in facts, facts
    assert ("T-55", "exported_to", buyer) in facts, facts
