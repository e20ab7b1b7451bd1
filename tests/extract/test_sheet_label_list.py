"""A data sheet's label alone on its line, its values on bulleted lines under it, dates each value's year."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def _years(extractor, text: str) -> set[str]:
    return {o for _, r, o in facts_of(extractor, text) if r == "introduced_year"}


def test_bulleted_years_under_a_label_of_making(extractor):
    text = ("The T-55 is a Soviet main battle tank.\nProduced\n  • 1958-1981 (Soviet Union)\n"
            "  • 1964-1979 (Czechoslovakia)\nNumber built 30,000\n")
    assert _years(extractor, text) == {"1958", "1964"}


def test_bulleted_years_under_a_label_of_making_in_german(extractor):
    text = ("Den Kampfpanzer T-55 entwarf ein Büro in Charkow.\nProduziert\n  • 1958-1981 (Sowjetunion)\n"
            "  • 1964-1979 (Polen)\n")
    assert _years(extractor, text) == {"1958", "1964"}


def test_bulleted_years_under_another_label_are_not_read(extractor):
    text = "The T-55 is a Soviet main battle tank.\nWars\n  • 1967-1973 (Egypt)\n  • 1980-1988 (Iraq)\n"
    assert not _years(extractor, text)
