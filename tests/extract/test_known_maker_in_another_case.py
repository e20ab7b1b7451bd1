"""A known maker's name in a case whose ending changes its stem ("w Bumarze-Łabędy": Bumar takes "-ze" in Polish),
right after a word of place that follows a word of making, is that maker; and a town's name of two words makes one
capitalised adjective of a plant's name ("на Улан-Удэнском авиационном заводе"). Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("pl", "Od 1982 roku czołgi T-72M montowano w Bumarze-Łabędy pod Gliwicami.",
     ("T-72M", "manufactured_by", "Bumar-Łabędy")),
    ("ru", "Вертолёты Ми-8 строились и на Улан-Удэнском авиационном заводе.",
     ("Mi-8", "manufactured_by", "Ulan-Ude Aviation Plant")),
])
def test_the_maker_is_read(extractor: Extractor, lang: str, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


def test_a_town_after_the_place_word_makes_nothing(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Czołgi T-72M montowano w Gliwicach.", "pl")
    assert not any(r == "manufactured_by" for _, r, _ in facts), facts


def test_a_short_word_of_the_name_changes_its_last_letter(extractor: Extractor) -> None:
    # (and the second maker of the sentence stands after the first, where the word of making is far behind)
    text = "Cvičné letouny L-29 montovali zprvu v podniku Let Kunovice, od roku 1963 hlavně v Aeru Vodochody."
    assert ("L-29", "manufactured_by", "Aero Vodochody") in facts_of(extractor, text, "cs")
