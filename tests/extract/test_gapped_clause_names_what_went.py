"""A clause that leaves its verb out after a comma and a word of contrast ("..., а в Ливию — вертолёты Ми-14")
sends the name it gives to the country it names, not the name of the clause before it.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("В Польшу были отправлены самолёты Ан-26, а в Ливию — вертолёты Ми-14.", "ru"),
    ("До Польщі були відправлені літаки Ан-26, а до Лівії — гелікоптери Мі-14.", "uk"),
])
def test_the_gapped_clause_sends_its_own_name(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Mi-14", "exported_to", "Libya") in facts, facts
    assert ("An-26", "exported_to", "Libya") not in facts, facts
