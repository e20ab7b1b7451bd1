"""What a design is handed over "in exchange for" ("ditukar dengan", "im Austausch gegen", "в обмен на") came the
other way: the name right after such a phrase takes none of the sentence's facts.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

CASES = [
    ("id", "Sepuluh MiG-21F-13 dikirim ke Amerika Serikat dan ditukar dengan jet latih T-33."),
    ("en", "Ten MiG-21F-13 jets were delivered to the United States in exchange for T-33 trainers."),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_what_came_in_exchange_was_not_sent(extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("MiG-21F-13", "exported_to", "United States") in facts, facts
    assert ("T-33", "exported_to", "United States") not in facts, facts
