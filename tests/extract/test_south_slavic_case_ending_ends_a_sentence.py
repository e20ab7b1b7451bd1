"""A one-letter case ending glued to an abbreviated name with a hyphen ("u SSSR-u.", "iz SAD-a.") is no initial: its
period ends the sentence, and the next sentence's facts stay its own.

Each sentence was written for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor, lexicon
from copytrace.extract.segment import sentences
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Haubica D-30 razvijena je u SSSR-u. Kopija D-30 proizvodi se u Egiptu.", "hr"),
    ("Puška M16 razvijena je u SAD-u. Puška M70 proizvodi se u Srbiji.", "sr"),
])
def test_two_sentences(text: str, lang: str) -> None:
    language = lexicon.language(lang)
    assert len(list(sentences(text, 0, len(text), language.abbreviations))) == 2


def test_the_second_sentence_keeps_its_place(extractor: Extractor) -> None:
    text = "Avion MiG-23 razvijen je u SSSR-u. Inačica MiG-23MF proizvodila se u Gorkom."
    facts = facts_of(extractor, text, "hr")
    assert ("MiG-23MF", "derived_from", "MiG-23") in facts, facts
    assert ("MiG-23", "made_in_country", "Russia") not in facts, facts
