""""Ended up in" a country ("završile su u Siriji") says where weapons are, not that anyone sold or gave them there:
no export. Each sentence was written for the test."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Puške M-70 su završile u Siriji.", "sr"),
    ("Tenkovi M-84 završili su u Siriji.", "hr"),
    ("Пушке М-70 завршиле су у Сирији.", "sr"),
])
def test_ended_up_there_is_no_export(extractor: Extractor, text: str, lang: str) -> None:
    assert not any(r == "exported_to" for _, r, _ in facts_of(extractor, text, lang))


def test_a_sale_there_still_is(extractor: Extractor) -> None:
    assert ("M-84", "exported_to", "Syria") in facts_of(extractor, "Tenkovi M-84 prodani su Siriji.", "hr")
