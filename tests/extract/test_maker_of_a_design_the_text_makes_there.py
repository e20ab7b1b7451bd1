"""A maker the registry seats in another country than a design's home makes, on a page that names one copy of the
design made there, that copy ("SAC received the drawings of the Su-27" on a J-11 page). Not where the text itself
says the design was made in the maker's country: then the maker made the design the sentence speaks of.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_a_maker_in_the_country_the_text_names_makes_the_design_itself(extractor: Extractor) -> None:
    text = ("Das Museum zeigt auch eine Wieger aus den achtziger Jahren. "
            "Die Kalaschnikows selbst wurden in der DDR in Lizenz gebaut. "
            "Sie wurden im VEB Geräte- und Werkzeugbau Wiesa hergestellt.")
    facts = facts_of(extractor, text, "de")
    assert ("AK", "made_in_country", "East Germany") in facts, facts
    assert ("AK", "manufactured_by", "VEB Geräte- und Werkzeugbau Wiesa") in facts, facts
    assert ("Wieger StG-940", "manufactured_by", "VEB Geräte- und Werkzeugbau Wiesa") not in facts, facts
