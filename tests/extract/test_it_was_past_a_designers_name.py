""""It was" opening a sentence speaks of the topic also where a designer's name stands before the design it names
("To był Mikojan-Guriewicz MiG-17F ..."), in the spellings Polish and Czech give the designers.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_it_was_a_design_by_its_designers_speaks_of_the_topic(extractor: Extractor) -> None:
    text = ("Lim-5 był myśliwcem polskiego lotnictwa. "
            "To był Mikojan-Guriewicz MiG-17F, budowany w Mielcu na licencji z ZSRR.")
    facts = facts_of(extractor, text, "pl")
    assert ("PZL-Mielec Lim-5", "licensed_by", "Soviet Union") in facts, facts
    assert not any(f[0].startswith("MiG-17") and f[1] in {"made_in_country", "licence_status"} for f in facts), facts
