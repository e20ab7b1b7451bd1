"""An original the text has already said the topic derives from, named again in passing, is not what the next
sentence without a name speaks of; and a kind's acronym after a designation ("T-72 MBT") is no letter of its version.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "The Zafar-7 is an unlicensed copy of the BMP-1 made in China. Engineers in Baotou took apart a captured BMP-1 "
    "to study it. Series making began in 1989.",
    "The Zafar-7 was copied from the BMP-1. Its designers had bought a BMP-1 abroad. Production began in 1989.",
])
def test_a_sentence_without_a_name_speaks_of_the_copy_not_its_original(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert ("Zafar-7", "introduced_year", "1989") in facts, facts
    assert ("BMP-1", "introduced_year", "1989") not in facts, facts


def test_an_original_the_text_names_as_the_subject_is_still_spoken_of(extractor: Extractor) -> None:
    # (the original opens the sentence as its subject: the next sentence goes on about it)
    facts = facts_of(extractor, "The Zafar-7 was copied from the BMP-1. The BMP-1 was a Soviet design. "
                                "It entered service in 1966.", "en")
    assert ("BMP-1", "introduced_year", "1966") in facts, facts


@pytest.mark.parametrize(("text", "name"), [
    ("The Soviet BMP-1 IFV was built under licence in Czechoslovakia.", "BMP-1"),
    ("The T-72 MBT was built under licence in Poland.", "T-72"),
    ("The BTR-60 APC was built under licence in Romania.", "BTR-60"),
])
def test_a_kind_acronym_after_a_designation_is_no_version(extractor: Extractor, text: str, name: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert any(s == name and r == "made_in_country" for s, r, _ in facts), facts
    assert not any(s.endswith((" IFV", " MBT", " APC")) for s, _, _ in facts), facts
