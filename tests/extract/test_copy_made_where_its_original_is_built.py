"""A design the text makes outside its own countries ("the T-72 was built under licence in Poland") is made there as
the one copy of it the text names that the registry makes there: that copy is made there too, and the design keeps
its own fact. A copy the registry makes in another country gets nothing, nor does any copy of a design the text
makes at home. The licence of that making is then the copy's too, as with any copy the text makes there.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("The T-72 was produced under licence in Poland. The PT-91 followed in the 1990s.", "en"),
    ("Т-72 выпускался по лицензии в Польше. Позже появился PT-91.", "ru"),
])
def test_the_named_copy_is_made_there_too(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-72", "made_in_country", "Poland") in facts, facts
    assert ("PT-91 Twardy", "made_in_country", "Poland") in facts, facts
    assert ("PT-91 Twardy", "licence_status", "licensed") in facts, facts


def test_a_copy_made_elsewhere_gets_nothing(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The T-72 was produced under licence in Poland. The M-84 followed in the 1980s.", "en")
    assert ("T-72", "made_in_country", "Poland") in facts, facts
    assert not [f for f in facts if f[0] == "M-84" and f[1] == "made_in_country"], facts


def test_making_at_home_gives_no_copy_a_country(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The T-72 was produced in the Soviet Union. The PT-91 followed in the 1990s.", "en")
    assert not [f for f in facts if f[0] == "PT-91 Twardy" and f[1] == "made_in_country"], facts
