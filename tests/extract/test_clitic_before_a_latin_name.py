"""A one-letter word of Arabic or Hebrew written onto a name in Latin letters with no hyphen ("وPT-91", and the
PT-91; "וT-72") leaves the name a name: it starts at its capital, as it does after a space.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_arabic_and_glued_to_the_second_name_of_a_list(extractor: Extractor) -> None:
    facts = facts_of(extractor, "باعت روسيا طائرات ميغ-29 وSu-30 إلى الهند.", "ar")
    assert ("Su-30", "exported_to", "India") in facts, facts
    assert ("MiG-29", "exported_to", "India") in facts, facts


def test_arabic_and_glued_to_a_version(extractor: Extractor) -> None:
    facts = facts_of(extractor, "صنعت بولندا دبابات T-72 وPT-91 في مصانعها.", "ar")
    assert any(s.startswith("PT-91") and r == "made_in_country" and o == "Poland" for s, r, o in facts), facts


def test_a_word_ending_in_the_letter_is_no_clitic(extractor: Extractor) -> None:
    # (the letter must stand alone before the name: the end of a longer word is no clitic, and no name opens there)
    facts = facts_of(extractor, "صنعت بولندا دبابات نحوT-72 في مصانعها.", "ar")
    assert not any(s.startswith("T-72") for s, _, _ in facts), facts
