"""Slovene writes the rifle as a common noun in lower case ("puške kalašnikov", "kalašnikovke"), as Croatian
writes "kalašnjikov": the family, made where the sentence says."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _made(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t", "sl") if f.relation == "made_in_country"}


@pytest.mark.parametrize("text", [
    "Te puške kalašnikov so izdelovali v Bolgariji.",
    "V tistih letih so kalašnikovke izdelovali tudi v Bolgariji.",
    "Tovarna v Bolgariji je izdelovala kalašnikove za vojsko.",
])
def test_lower_case_kalashnikov_is_the_family(extractor: Extractor, text: str) -> None:
    assert ("AK", "Bulgaria") in _made(extractor, text)
