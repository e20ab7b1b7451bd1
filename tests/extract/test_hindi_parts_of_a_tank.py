"""Hindi: a licence for the engines (parts) of a design, its owner written first with a genitive mark and a word for
its kind a space apart ("T-72 टैंकों के इंजन का लाइसेंस"), licenses the parts, not the design; and the English loan
"ऑथोराइज़्ड" (authorised) on a copy says a licence as "अधिकृत" does.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_licence_for_the_engines_of_the_tanks(extractor: Extractor) -> None:
    facts = facts_of(extractor, "रूस ने टी-72 टैंकों के इंजन का लाइसेंस भारत को दिया।", "hi")
    assert not any(s == "T-72" and r in {"licence_status", "licensed_by"} for s, r, _ in facts), facts


def test_licence_for_the_tanks_themselves(extractor: Extractor) -> None:
    facts = facts_of(extractor, "रूस ने टी-72 टैंकों का लाइसेंस भारत को दिया।", "hi")
    assert ("T-72", "licence_status", "licensed") in facts, facts


def test_authorised_copy_in_english_letters_of_devanagari(extractor: Extractor) -> None:
    facts = facts_of(extractor, "F-7 विमान चीन द्वारा बनाई गई मिग-21 की एक ऑथोराइज़्ड नकल है।", "hi")
    assert ("Chengdu F-7", "licence_status", "licensed") in facts, facts
