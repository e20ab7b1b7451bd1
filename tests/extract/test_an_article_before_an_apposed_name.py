"""A name set off after a copy or version word that points back at the design spoken of is the copy's, with or
without an article before it after the naming word ("une copie de l'appareil, appelée le J-5").

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "Le MiG-17 était un chasseur très répandu. Les Chinois ont réalisé une copie de l’appareil, appelée le J-5.",
    "Le MiG-17 était un chasseur très répandu. Les Chinois ont réalisé une copie de l’appareil, appelée J-5.",
])
def test_the_apposed_name_is_the_copy(extractor: Extractor, text: str) -> None:
    assert ("Shenyang J-5", "derived_from", "MiG-17") in facts_of(extractor, text, "fr")
