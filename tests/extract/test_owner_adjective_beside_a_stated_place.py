"""An owner's adjective on a design the sentence says was made in another country names no place of making.

"The Finnish T-72M1 was built in the Soviet Union": Finland owns the tank. Not the design's own country ("the
Soviet T-72 was also built in Poland") nor an adjective among those that place it ("Polish and Czechoslovak T-72
production"). Each sentence was written for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "owner", "maker"), [
    ("The Finnish T-72M1 was built in the Soviet Union.", "en", "Finland", "Soviet Union"),
    ("Poljski T-72M1 proizveden je u Sovjetskom Savezu.", "hr", "Poland", "Soviet Union"),
])
def test_the_owner_is_no_maker(extractor: Extractor, text: str, lang: str, owner: str, maker: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-72M1", "made_in_country", maker) in facts
    assert ("T-72M1", "made_in_country", owner) not in facts


def test_the_designs_own_country_stays(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Soviet T-72 was also built under licence in Poland.", "en")
    assert {("T-72", "made_in_country", "Soviet Union"), ("T-72", "made_in_country", "Poland")} <= facts


def test_adjectives_listed_together_stay(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Polish and Czechoslovak T-72 production began in the early 1980s.", "en")
    assert {("T-72", "made_in_country", "Poland"), ("T-72", "made_in_country", "Czechoslovakia")} <= facts
