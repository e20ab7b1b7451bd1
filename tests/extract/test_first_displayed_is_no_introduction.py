"""A year of a design's first public showing ("first publicly displayed in 1963", "first presented in 1972") is a
trial's, no introduction year, even where the sentence goes on to its entry into service without a year."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _years(extractor: Extractor, text: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t") if f.relation == "introduced_year"}


@pytest.mark.parametrize(("text", "year"), [
    ("In 1964 the BM-21 launcher, publicly displayed on Red Square, had not yet entered service.", "1964"),
    ("The Type 86 was first displayed in 1984 and entered service some years on.", "1984"),
])
def test_a_showing_year_is_no_introduction(extractor: Extractor, text: str, year: str) -> None:
    assert year not in _years(extractor, text)


def test_a_service_year_still_is(extractor: Extractor) -> None:
    assert "1987" in _years(extractor, "The Type 86 IFV entered service in 1987.")


@pytest.mark.parametrize(("text", "year"), [
    # Korean: a parade, an air show, a fair written as words of their own ("열병식에 등장한", appeared at a parade)
    ("2017년 평양 열병식에 등장한 T-62 전차는 낡았다.", "2017"),
    ("이 MiG-29는 2015년 항공전시회에 등장했다.", "2015"),
    ("그 전차는 2019년 방산전시회에서 처음 등장한 T-72이다.", "2019"),
    # Persian: an exhibition, a parade
    ("بالگرد Mi-17 در سال 2016 در نمایشگاه هوایی معرفی شد.", "2016"),
    ("تانک T-72 در سال 1977 در رژه معرفی شد.", "1977"),
    # Malay: a parade
    ("Kereta kebal T-72 diperkenalkan dalam perbarisan pada tahun 1977.", "1977"),
])
def test_a_showing_at_a_parade_or_fair_is_no_introduction(extractor: Extractor, text: str, year: str) -> None:
    assert year not in _years(extractor, text)


@pytest.mark.parametrize(("text", "year"), [
    ("T-72는 1973년에 등장했다.", "1973"),
    ("تانک T-72 در سال 1977 معرفی شد.", "1977"),
    ("Kereta kebal T-72 diperkenalkan pada tahun 1977 oleh tentera Soviet.", "1977"),
])
def test_an_introduction_without_a_showing_still_is(extractor: Extractor, text: str, year: str) -> None:
    assert year in _years(extractor, text)
