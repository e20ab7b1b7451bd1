"""A word of copying with a country's adjective, a name in brackets right after ("Chinese variants (Type 56)"),
names the copy that country makes: a design named before the word is no copy of it and is not made there."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Libya bought AKM rifles from the USSR in 1975, and also Chinese variants (Type 56).", "en"),
    ("A Líbia comprou fuzis AKM (AK-47 modernizado) da União Soviética em 1975, e também variantes chinesas "
     "(Tipo 56).", "pt"),
    ("Libia compró fusiles AKM (AK-47 modernizado) a la Unión Soviética en 1975, y también variantes chinas "
     "(Tipo 56).", "es"),
])
def test_the_design_before_is_not_made_there(extractor: Extractor, text: str, lang: str) -> None:
    assert ("AKM", "made_in_country", "China") not in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("A Líbia comprou fuzis AKM (AK-47 modernizado) da União Soviética em 1975, e também variantes chinesas "
     "(Tipo 56).", "pt"),
    ("Libia compró fusiles AKM (AK-47 modernizado) a la Unión Soviética en 1975, y también variantes chinas "
     "(Tipo 56).", "es"),
])
def test_the_bracketed_copy_is(extractor: Extractor, text: str, lang: str) -> None:
    assert ("Type 56", "made_in_country", "China") in facts_of(extractor, text, lang)
