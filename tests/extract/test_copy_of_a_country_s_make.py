"""Things "of X make" that a participle of copying describes after a comma ("des obusiers de fabrication iranienne,
copiés sur le D-30") are X's copies of the design named: a copy made in X, not the design itself made there."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "design"), [
    ("L'armée a reçu des obusiers de fabrication iranienne, copiés sur le D-30 soviétique.", "fr", "D-30"),
    ("El ejército recibió lanzacohetes de fabricación iraní, copiados del BM-21 soviético.", "es", "BM-21 Grad"),
    ("L'esercito ha ricevuto lanciarazzi di fabbricazione iraniana, copiati dal BM-21 sovietico.", "it",
     "BM-21 Grad"),
])
def test_a_copy_of_a_country_s_make(extractor: Extractor, text: str, lang: str, design: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (f"{design} (Iranian copy)", "made_in_country", "Iran") in facts
    assert (design, "made_in_country", "Iran") not in facts
