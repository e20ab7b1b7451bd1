"""Malay and Indonesian "Jenis" (kind) before a number of two digits or more is a word for "type": "Jenis 63" is
the Type 63, as "Tipe 63" is; "jenis" before a noun or after a count stays a plain word.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Karabin Jenis 56 dihasilkan di China berdasarkan SKS Soviet.", "ms"),
    ("Senapan jenis 56 diproduksi di China berdasarkan SKS buatan Uni Soviet.", "id"),
])
def test_jenis_and_a_number_is_a_type(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(f[0].startswith("Type 56") and f[1] == "made_in_country" and f[2] == "China" for f in facts), facts


def test_jenis_before_a_noun_names_nothing(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Tentera itu memakai dua jenis senapang, iaitu AK-47 dan M16.", "ms")
    assert not [f for f in facts if "Type" in f[0]], facts
