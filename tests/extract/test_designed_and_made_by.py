"""Where a participle ends the clause (German, Dutch), an agent before a word of design joined by "and" to a word of
making ("von X entwickelt und gebaut", "door X ontworpen en gebouwd") made the product too; before a word of design
alone it is only the designer.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Der T-62 wurde von Uralwagonsawod entwickelt und gebaut.", "de"),
    ("Der T-62 ist ein von Uralwagonsawod entwickelter und gebauter Kampfpanzer.", "de"),
    ("De T-62 is een door Uralvagonzavod ontworpen en gebouwde tank.", "nl"),
])
def test_designed_and_made_by_one_agent(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-62", "manufactured_by", "Uralvagonzavod") in facts, facts


def test_designed_only_makes_no_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Der T-62 wurde von Uralwagonsawod entwickelt.", "de")
    assert not [f for f in facts if f[1] == "manufactured_by"], facts
