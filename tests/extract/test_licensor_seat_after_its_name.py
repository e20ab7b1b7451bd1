"""A country set a comma after a maker that a licence comes from ("under licence from the Nordwaffe company, Germany")
is where the licensor sits: no place of making of the licensed product.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Senapan SR-88 dibuat oleh PT Sarana di bawah lisensi pabrik Nordwaffe Werke (NW), Jerman.", "id", "Germany"),
    ("Sejak 1990 PT Sarana membuat senapan SR-88 di bawah lisensi pabrik Nordwaffe, Jerman.", "id", "Germany"),
    # (a maker's name no list knows, after words for what kind of company it is)
    ("Senapan SR-88 dibuat oleh PT Sarana di bawah lisensi pabrik senapan Nordwaffe Werke (NW), Jerman.", "id",
     "Germany"),
    ("The SR-88 rifle is made by Sarana under licence from Nordwaffe Werke, Germany.", "en", "Germany"),
])
def test_the_licensors_country_is_no_place_of_making(extractor: Extractor, text: str, lang: str,
                                                     country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "made_in_country" and f[2] == country], facts
    assert any(f[1] == "licence_status" for f in facts), facts


def test_a_country_where_it_is_made_stays(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Senapan SR-88 dibuat di Jerman di bawah lisensi pabrik Nordwaffe Werke.", "id")
    assert any(f[1] == "made_in_country" and f[2] == "Germany" for f in facts), facts
