"""A short town's name whose final vowel one case ending replaces ("u Tuli", Tula) is that town, as longer names
with endings are ("u Kragujevcu").

Each sentence was written for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Karabin SKS izrađivao se u Tuli i Iževsku.", "hr"),
    ("Puška SVT-40 proizvodila se u Tuli.", "sr"),
    ("Pištolo TT-33 so izdelovali v Tuli.", "sl"),
])
def test_made_in_the_town_s_country(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert [f for f in facts if f[1] == "made_in_country" and f[2] == "Russia"], facts
