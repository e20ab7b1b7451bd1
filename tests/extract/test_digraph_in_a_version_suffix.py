"""A version's capitals may hold a Cyrillic capital spelt in Latin with a digraph ("Kh" for "Х", "Ch" for "Ч",
"Sh" for "Ш"): "An-2SKh" and "Mi-8MTSh" are designations, versions of the An-2 and the Mi-8.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "version", "original"), [
    ("Zemědělský letoun An-2SKh je verze letounu An-2.", "cs", "An-2SKh", "An-2"),
    ("Rolniczy samolot An-2SCh to wersja samolotu An-2.", "pl", "An-2SCh", "An-2"),
    ("The Mi-8MTSh is a version of the Mi-8 helicopter.", "en", "Mi-8MTSh", "Mi-8"),
])
def test_a_digraph_among_the_version_letters(extractor: Extractor, text: str, lang: str, version: str,
                                              original: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(f[0] == version and f[1] == "derived_from" and f[2] == original for f in facts), facts


def test_a_known_name_with_a_digraph_is_read_whole(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Mi-8AMTSh is built by the Ulan-Ude plant in Russia.", "en")
    assert ("Mi-8AMTSh", "made_in_country", "Russia") in facts, facts
