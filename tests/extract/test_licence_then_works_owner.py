"""Where the owner comes before what it owns (Finnish, Estonian, Hungarian), a maker named right after a licence word
and right before a word for works, a case ending glued between ("lisenssillä HAL:n tehtaissa", "HAL-i tehastes",
"a HAL gyárában"), owns the works: it made the product, it gave no licence.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Intiassa MiG-21:tä koottiin lisenssillä HAL:n tehtaissa vuosikymmeniä.", "fi"),
    ("MiG-21 hävitajaid pandi kokku litsentsi alusel HAL-i tehastes.", "et"),
    ("A MiG-21-eseket licenc alapján a HAL gyárában szerelték össze.", "hu"),
])
def test_the_works_owner_after_a_licence_word_is_the_maker(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("MiG-21", "licensed_by", "Hindustan Aeronautics Limited") not in facts, facts
    assert ("MiG-21", "manufactured_by", "Hindustan Aeronautics Limited") in facts, facts
