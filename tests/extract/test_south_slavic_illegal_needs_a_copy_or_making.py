"""South Slavic "illegal" ("ilegalan", "nelegalen", "nezakonit", "незаконен") speaks of trade and proliferation as
often as of copies: like English "illegal copy" and Russian "незаконная копия", it marks a design unlicensed only on
a word of copying or making ("ilegalne kopije", "nelegalno izdeloval"), not on trade ("ilegalne trgovine")."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _statuses(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t", lang) if f.relation == "licence_status"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Rakete Strela-2 su vraćene u naoružanje. Vlada je platila uništenje raketa zbog ilegalne trgovine.", "hr"),
    ("Rakete Strela-2 su vraćene u naoružanje. Vlada je platila uništenje raketa zbog ilegalne trgovine.", "bs"),
    ("Rakete Strela-2 su vraćene u naoružanje. Vlada je platila uništenje raketa zbog nelegalne trgovine.", "sr"),
    ("Ракете Стрела-2 су враћене у наоружање. Влада је платила уништење ракета због илегалне трговине.", "sr"),
    ("Rakete Strela-2 so se vrnile v uporabo. Vlada je plačala uničenje raket zaradi nelegalne trgovine.", "sl"),
    ("Ракетите Стрела-2 се върнаха на въоръжение. Правителството плати унищожаването на ракетите заради незаконната "
     "търговия.", "bg"),
    ("Ракетите Стрела-2 се вратија во употреба. Владата плати за уништување на ракетите поради нелегалната "
     "трговија.", "mk"),
])
def test_illegal_trade_is_no_unlicensed_design(extractor: Extractor, text: str, lang: str) -> None:
    assert ("9K32 Strela-2", "unlicensed") not in _statuses(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Pakistanske puške su ilegalne kopije AK-47.", "hr"),
    ("Пакистанске пушке су илегалне копије АК-47.", "sr"),
    ("Pakistan je nelegalno izdeloval puške AK-47.", "sl"),
    ("Пакистанските пушки са незаконни копия на АК-47.", "bg"),
])
def test_an_illegal_copy_is_unlicensed(extractor: Extractor, text: str, lang: str) -> None:
    assert ("AK-47", "unlicensed") in _statuses(extractor, text, lang)
