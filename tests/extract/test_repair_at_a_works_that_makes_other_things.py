"""Where a sentence mends a design at a works and a relative clause right after the works' word says what the works
makes ("overhauled at a Romanian company which makes shells"), the making is the works' trade: the design was not
made in that country. A making the main clause states still places it."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _made(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t", lang) if f.relation == "made_in_country"}


@pytest.mark.parametrize(("text", "lang"), [
    ("The Strela-2 missiles were overhauled at a Romanian company which makes shells.", "en"),
    ("Rakete Strela-2 remontirane su u rumunjskoj tvornici koja proizvodi streljivo.", "hr"),
    ("Rakete Strela-2 su remontovane u jednom rumunskom preduzeću koje pravi municiju.", "sr"),
    ("Ракетите Стрела-2 бяха ремонтирани в румънско предприятие, което произвежда боеприпаси.", "bg"),
])
def test_the_works_trade_places_no_making(extractor: Extractor, text: str, lang: str) -> None:
    assert ("9K32 Strela-2", "Romania") not in _made(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The Strela-2 missiles were overhauled and produced at a Romanian company.", "en"),
    ("Rakete Strela-2 proizvodi rumunsko preduzeće koje ih i remontuje.", "sr"),
])
def test_a_making_of_the_main_clause_still_places_it(extractor: Extractor, text: str, lang: str) -> None:
    assert ("9K32 Strela-2", "Romania") in _made(extractor, text, lang)
