""""Building socialism" is a thing of politics, no product: a word of making or building that takes it
as its object makes nothing, so a year or a country in its sentence is no introduction and no place of making."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


@pytest.mark.parametrize(("text", "lang"), [
    ("En 1968 el partido usaba los tanques T-55 para construir el socialismo en Checoslovaquia.", "es"),
    ("En 1968 le parti utilisait les chars T-55 pour construire le socialisme en Tchécoslovaquie.", "fr"),
    ("Nel 1968 il partito usava i carri T-55 per costruire il socialismo in Cecoslovacchia.", "it"),
    ("Em 1968 o partido usava os tanques T-55 para construir o socialismo na Checoslováquia.", "pt"),
    ("În 1968 partidul folosea tancurile T-55 pentru a construi socialismul în Cehoslovacia.", "ro"),
])
def test_building_socialism_makes_no_tank(extractor: Extractor, text: str, lang: str) -> None:
    facts = {(f.relation, f.object) for f in extractor.extract_text(text, "t", lang)}
    assert not any(r in {"introduced_year", "made_in_country"} for r, _ in facts)
