"""Letters and a number the registry does not know, followed by a lower-case word, are a count of things ("according
to SIPRI 30 launchers were sold") unless that word is a verb of making, design, trade or copying: then they are the
name the verb speaks of ("RK 95 kehitettiin RK 62:n pohjalta", the RK 95 was developed from the RK 62).

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "fact"), [
    ("RK 95 kehitettiin aikanaan RK 62:n pohjalta.", ("RK 95", "derived_from", "RK 62")),
    ("RK 95 valmistettiin pienessä sarjassa Suomessa.", ("RK 95", "made_in_country", "Finland")),
])
def test_a_verb_after_the_name_makes_it_a_name(extractor: Extractor, text: str,
                                               fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, "fi")


def test_a_count_of_things_stays_a_count(extractor: Extractor) -> None:
    facts = facts_of(extractor, "According to SIPRI 30 launchers were sold to Iran in that year.", "en")
    assert not any(s.startswith("SIPRI") for s, _, _ in facts), facts
