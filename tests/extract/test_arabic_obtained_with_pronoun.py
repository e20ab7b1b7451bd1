"""Arabic "حصلت عليها" (obtained them: the word for "on" with a pronoun glued to it) is a word of receiving, as
"حصلت على" is.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_obtained_them_is_a_receipt(extractor: Extractor) -> None:
    facts = facts_of(extractor, "وصلت طائرات ميغ-29 التي كانت الجزائر قد حصلت عليها من روسيا.", "ar")
    assert ("MiG-29", "exported_to", "Algeria") in facts, facts
    assert ("MiG-29", "exported_to", "Russia") not in facts, facts
