"""A maker's name written right before a design's designation names its maker, as the registry's own name of the
design opens with it ("Shenyang J-6", "Harbin Z-5") or as a known maker stands glued before it ("Zastava M70",
"Norinco Type 56"); a design bureau's name does not ("Sukhoi Su-27", "Mikoyan MiG-21"), nor a word that is part of
the design's own name with no single maker behind it ("PZL An-2")."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Le Shenyang J-6 vola pour la première fois en 1958.", "fr",
     ("Shenyang J-6", "manufactured_by", "Shenyang Aircraft Corporation")),
    ("The Harbin Z-5 was a helicopter of the Chinese army.", "en",
     ("Harbin Z-5", "manufactured_by", "Harbin Aircraft Industry Group")),
    ("Der Chengdu J-7 flog noch lange in Asien.", "de",
     ("Chengdu J-7", "manufactured_by", "Chengdu Aircraft Corporation")),
    ("Gwardia miała karabiny Zastava M70 i pistolety.", "pl", ("Zastava M70", "manufactured_by", "Zastava Arms")),
    ("The guerrillas carried Norinco Type 56 rifles.", "en", ("Type 56", "manufactured_by", "Norinco")),
])
def test_the_maker_before_the_designation(extractor: Extractor, text: str, lang: str,
                                          fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


@pytest.mark.parametrize("text", [
    "The Sukhoi Su-27 and the Mikoyan MiG-21 were shown in Moscow.",
    "The PZL An-2 carried mail in the north.",
])
def test_no_maker_from_a_bureau_or_a_name_of_the_design(extractor: Extractor, text: str) -> None:
    assert not any(r == "manufactured_by" for _, r, _ in facts_of(extractor, text, "en"))


def test_a_series_number_after_a_makers_name_is_no_design_of_it(extractor: Extractor) -> None:
    # (a number alone after the name: a book series' or a catalogue's, no designation)
    assert not any(r == "manufactured_by" for _, r, _ in facts_of(extractor, "The volume AERO 94 tells the story.",
                                                                   "en"))
