"""A word for "all" beside a product noun ("všetky tanky", "wszystkie czołgi", "vsi tanki") after a sentence that
named one design only points at every design the paragraph named so far: what the sentence says of them is said of
each. A new paragraph starts afresh, and a demonstrative ("these tanks") after a sentence of one design is that one.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Závod najprv vyrábal tanky T-54 a T-55. V osemdesiatych rokoch začal vyrábať T-72. Všetky tanky sa vyvážali do "
     "Sýrie.", "sk"),
    ("Zakład najpierw budował czołgi T-54 i T-55. Później zaczął budować T-72. Wszystkie czołgi sprzedawano do "
     "Syrii.", "pl"),
    ("Tovarna je najprej gradila tanke T-54 in T-55. Pozneje je začela graditi T-72. Vsi tanki so bili izvoženi v "
     "Sirijo.", "sl"),
])
def test_all_after_one_name_is_each_the_paragraph_named(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    for tank in ("T-54", "T-55", "T-72"):
        assert (tank, "exported_to", "Syria") in facts, facts


def test_a_new_paragraph_starts_afresh(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Závod najprv vyrábal tanky T-54 a T-55.\n\nV osemdesiatych rokoch začal vyrábať T-72. "
                                "Všetky tanky sa vyvážali do Sýrie.", "sk")
    assert ("T-72", "exported_to", "Syria") in facts, facts
    assert ("T-54", "exported_to", "Syria") not in facts, facts


def test_these_after_one_name_is_that_one(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Závod najprv vyrábal tanky T-54 a T-55. V osemdesiatych rokoch začal vyrábať T-72. "
                                "Tieto tanky sa vyvážali do Sýrie.", "sk")
    assert ("T-72", "exported_to", "Syria") in facts, facts
    assert ("T-54", "exported_to", "Syria") not in facts, facts
