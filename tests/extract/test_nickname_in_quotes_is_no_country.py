"""A country's adjective alone in quotation marks right after a word of naming is a nickname, not the country where
the design was made.

Each sentence was written for the test ("known as 'the Russian one'").
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "subject", "country"), [
    ("Puška M59 dugo se proizvodila, a vojnici su je nazivali „srbijanka“.", "hr", "M59", "Serbia"),
    ("Karabin SKS dugo se izrađivao, a vojnici su ga zvali „ruskim“.", "bs", "SKS", "Russia"),
])
def test_nickname(extractor: Extractor, text: str, lang: str, subject: str, country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "made_in_country" and f[2] == country], facts
