"""A firm or plant word in lower case with a year after it ("şirket 1995'te", the firm in 1995) is a date beside a
kind word, no maker's name. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "Mısır şirketi 1987'den bu yana yüzlerce T-62 tankı üretti.",
    "Bu şirket 1987'de ilk T-62 tankını üretti.",
])
def test_a_year_after_a_firm_word_names_no_maker(extractor: Extractor, text: str) -> None:
    makers = [o for s, r, o in facts_of(extractor, text, "tr") if r == "manufactured_by"]
    assert not any("1987" in m for m in makers), makers
