"""A licence said of a design the registry already makes in the licensee's country stays on that design: it is the
licensed copy, and a later design the country derived from it is none of the licence's. The sentences were written
for the test."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("China memproduksi Tipe 59 sebagai varian T-54 berdasarkan lisensi dari Uni Soviet. "
     "Dari Tipe 59 itu China lalu mengembangkan Tipe 69.", "id"),
    ("China built the Type 59, a version of the T-54, under a licence from the Soviet Union. "
     "China later built the Type 69, developed from the Type 59.", "en"),
])
def test_the_licence_stays_on_the_licensed_copy(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    licensed = {s for s, r, _ in facts if r in {"licence_status", "licensed_by"}}
    assert "Type 59 tank" in licensed, facts
    assert "Type 69 tank" not in licensed, facts
