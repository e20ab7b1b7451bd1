"""Words for "and" in one language are words of place in another (Swedish, Norwegian and Danish "i", in; French
"en", in): in a document of the language where the word says "in", it opens no clause of its own, so the place after
it stays with the word of making before it ("byggd i Polen, levererades till Finland").

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Stridsvagnen T-72M1, byggd i Polen, levererades senare till Finland.", "sv"),
    ("Vognen T-72M1, bygget i Polen, ble senere levert til Finland.", "nb"),
    ("Kampvognen T-72M1, bygget i Polen, blev senere leveret til Finland.", "da"),
    ("Le char T-72M1, fabriqué en Pologne, fut ensuite livré à la Finlande.", "fr"),
])
def test_the_place_stays_with_the_making_before_it(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-72M1", "made_in_country", "Poland") in facts, facts
    assert ("T-72M1", "exported_to", "Finland") in facts, facts


def test_and_still_opens_a_clause_of_its_own(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Polen byggde T-72M1 och Indien tillverkade T-90S.", "sv")
    assert ("T-72M1", "made_in_country", "Poland") in facts, facts
    assert ("T-72M1", "made_in_country", "India") not in facts, facts
