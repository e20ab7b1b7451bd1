"""A word for forces that a copula or an auxiliary parts from a country's name is the verb's subject, not that
country's forces ("Mornarica je Egiptu prodala ...", the navy sold to Egypt): the country still receives what was
sold."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _exports(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t", lang) if f.relation == "exported_to"}


@pytest.mark.parametrize(("text", "lang", "product", "country"), [
    ("Mornarica je Siriji prodala rakete P-20.", "hr", "P-20", "Syria"),
    ("Vojska je Ukrajini poklonila tenkove T-72.", "bs", "T-72", "Ukraine"),
    ("Војска је Украјини поклонила тенкове Т-72.", "sr", "T-72", "Ukraine"),
])
def test_the_country_receives(extractor: Extractor, text: str, lang: str, product: str, country: str) -> None:
    assert (product, country) in _exports(extractor, text, lang)
