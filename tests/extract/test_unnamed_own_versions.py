"""A word of version right after a possessive ("its variants", "annak variánsai") with no name after it speaks of the
unnamed versions of the name before the possessive: it pairs that name with no other design in the sentence; a
version the text names after the word is still read.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The parade showed the new jet beside the MiG-23, and the Mi-8 as well as its variants stayed in use."),
    ("hu", "Az ezred a MiG-23 mellett a Mi-8-at, valamint annak variánsait is használta."),
])
def test_unnamed_versions_pair_with_nothing(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "derived_from"], facts


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "The Mi-8 and its improved version, the Mi-17, were built in Kazan.", ("Mi-17", "Mi-8")),
    ("hu", "A Mi-8 és annak továbbfejlesztett változata, a Mi-17 sokáig szolgált.", ("Mi-17", "Mi-8")),
])
def test_a_named_version_is_still_read(extractor: Extractor, lang: str, text: str, pair: tuple[str, str]) -> None:
    facts = facts_of(extractor, text, lang)
    assert (pair[0], "derived_from", pair[1]) in facts, facts
