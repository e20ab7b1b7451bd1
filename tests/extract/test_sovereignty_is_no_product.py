"""Indonesian and Malay "kedaulatan" (sovereignty) is a thing of words that a word of handing over may take: the
sovereignty handed to a country moves no product the text spoke of before.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Su-7 dibeli dari Uni Soviet pada 1967. Perjanjian tahun 1972 menetapkan penyerahan kedaulatan pulau itu "
           "kepada Bangladesh."),
    ("ms", "Su-7 dibeli dari Kesatuan Soviet pada 1967. Perjanjian tahun 1972 menetapkan penyerahan kedaulatan pulau "
           "itu kepada Bangladesh."),
])
def test_sovereignty_handed_over_is_no_export(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1:] == ("exported_to", "Bangladesh")], facts
