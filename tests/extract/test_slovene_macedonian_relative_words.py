"""Slovene and Macedonian relative words ("ki", "kateri", "кој", "која", "што") open a clause that says more of the
noun before them: a works mended a design at, "which makes ammunition", makes that, not the design."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _made(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t", lang) if f.relation == "made_in_country"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Rakete Strela-2 so remontirali v romunskem podjetju, ki izdeluje strelivo.", "sl"),
    ("Rakete Strela-2 so remontirali v romunskem podjetju, katero izdeluje strelivo.", "sl"),
    ("Ракетите Стрела-2 беа ремонтирани во романска фабрика која произведува муниција.", "mk"),
])
def test_the_works_trade_places_no_making(extractor: Extractor, text: str, lang: str) -> None:
    assert ("9K32 Strela-2", "Romania") not in _made(extractor, text, lang)
