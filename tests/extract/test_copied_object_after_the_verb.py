"""A name right after a verb of copying a country does is what was copied, not the copy ("Kina e kopjoi MiG-21 si
J-7", China copied the MiG-21 as the J-7), whatever the sentence before spoke of. Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("sq", "Polonia prodhoi tankun T-72 nga viti 1982. Kina e kopjoi MiG-21 si J-7."),
    ("pl", "Polska produkowała T-72 od 1982 roku. Chiny skopiowały MiG-21 jako J-7."),
    ("hr", "Poljska je proizvodila T-72 od 1982. Kina je kopirala MiG-21 kao J-7."),
    ("en", "Poland produced the T-72 from 1982. China copied the MiG-21 as the J-7."),
])
def test_the_copied_design_is_the_original(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    lineage = {(s, o) for s, r, o in facts if r == "derived_from"}
    assert lineage == {("Chengdu J-7", "MiG-21")}, facts
    assert ("MiG-21", "made_in_country", "China") not in facts, facts
