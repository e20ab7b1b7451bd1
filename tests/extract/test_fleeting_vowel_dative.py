"""A country's name that drops the vowel its nominative holds between its last two consonants before a case ending
("Egipat", "Egiptu") is read in the dative as the receiver, also where it opens the sentence.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

FRONTED_DATIVE = [
    ("hr", "Tenk T-72 je sovjetski. Egiptu je Rusija prodala dvadeset tenkova T-72."),
    ("bs", "Tenk T-72 je sovjetski. Egiptu je Rusija prodala dvadeset tenkova T-72."),
]


@pytest.mark.parametrize(("lang", "text"), FRONTED_DATIVE)
def test_a_fronted_dative_with_a_fleeting_vowel_is_the_receiver(extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-72", "exported_to", "Egypt") in facts, facts
