"""A word of versions in the sentence lets "made as <name>" name the version made, as a copy word or a licence does.

"Inačica AKM-a proizvodila se kao puška M77" (a version of the AKM was made as the M77 rifle). Each sentence was
written for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Inačica AK-47 dugo je izrađivana kao puška Zastava M70.", "hr", ("Zastava M70", "derived_from", "AK-47")),
    ("Поједностављена верзија МиГ-19 произвођена је као Ј-6.", "sr", ("Shenyang J-6", "derived_from", "MiG-19")),
])
def test_version_made_as(extractor: Extractor, text: str, lang: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)
