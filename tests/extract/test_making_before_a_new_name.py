"""The making of a design said right before a word of naming that gives the copy its name ("the MiG-17s built in
Poland were known as Lim-5") is the named copy's making: the copy was made there, not the original."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _made(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t") if f.relation == "made_in_country"}


@pytest.mark.parametrize(("text", "copy", "original", "country"), [
    ("The MiG-17s built in Poland were known as Lim-5.", "Lim-5", "MiG-17", "Poland"),
    ("The Mi-4 helicopters assembled in China were called Z-5.", "Z-5", "Mi-4", "China"),
])
def test_the_named_copy_is_made_there(extractor: Extractor, text: str, copy: str, original: str,
                                      country: str) -> None:
    made = _made(extractor, text)
    assert any(copy in s and c == country for s, c in made)
    assert not any(s == original and c == country for s, c in made)


def test_a_reporting_name_after_the_subject_moves_nothing(extractor: Extractor) -> None:
    made = _made(extractor, "The Soviet-built MiG-21 is also known as the Fishbed.")
    assert ("MiG-21", "Soviet Union") in made


def test_an_adjective_of_making_on_the_renamed_original(extractor: Extractor) -> None:
    made = _made(extractor, "The Czechoslovak-built BMP-1s were known as BVP-1.")
    assert any("BVP-1" in s and c == "Czechoslovakia" for s, c in made)
    assert not any(s == "BMP-1" for s, _ in made)
