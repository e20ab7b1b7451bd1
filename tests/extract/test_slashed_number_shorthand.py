"""A number right after a slash that ends a design's name, under that name's prefix ("T-54/55", "Mi-8/17"), names a
second design the registry knows; and the design spoken of before, named again in one list with its own original
right after a word of copying ("clones of the T-54/55"), is one of the originals copied, no copy of the other."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("En 2010, des hélicoptères Mi-8/17 ont été livrés au Pérou.", "fr", ("Mi-17", "exported_to", "Peru")),
    ("Los carros T-54/55 del ejército sirio fueron fabricados en Polonia.", "es", ("T-55", "made_in_country",
                                                                                   "Poland")),
])
def test_the_number_after_the_slash_names_a_second_design(
        extractor: Extractor, text: str, lang: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Le T-55 a servi dans de nombreuses armées. L'Égypte, qui achetait des copies du T-54/55, les a payées cher.",
     "fr"),
    ("The T-55 served in many armies. Romania, which built clones of the T-54 and T-55, later improved them.", "en"),
])
def test_the_design_spoken_of_listed_among_the_originals_is_no_copy(extractor: Extractor, text: str,
                                                                    lang: str) -> None:
    assert ("T-55", "derived_from", "T-54") not in facts_of(extractor, text, lang)
