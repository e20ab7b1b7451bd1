"""Two names a slash joins after a word of versions or copies ("a version of the T-54/55 line built from 1955")
name one series, which the first stands for: the first is the original, the second no original of its own, and
the name before the word is no original of the second either."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _derivations(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t", lang) if f.relation == "derived_from"}


@pytest.mark.parametrize(("text", "lang"), [
    ("The T-54A is a version of the T-54/55 line built from 1955.", "en"),
    ("Il T-54A è una versione della famiglia T-54/55 prodotta dal 1955.", "it"),
    ("Le T-54A est une version de la famille T-54/55 produite dès 1955.", "fr"),
    ("El T-54A es una versión de la familia T-54/55 fabricada desde 1955.", "es"),
])
def test_the_second_name_of_a_slashed_series_is_no_kin(extractor: Extractor, text: str, lang: str) -> None:
    found = _derivations(extractor, text, lang)
    assert ("T-54A", "T-54") in found
    assert not any("T-55" in pair for pair in found)


def test_a_slashed_pair_after_a_copy_word_keeps_the_first_as_original(extractor: Extractor) -> None:
    found = _derivations(extractor, "The BMP-2 is a version of the BMP-1/BMP-3 family.", "en")
    assert ("BMP-2", "BMP-1") in found
    assert not any("BMP-3" in pair for pair in found)
