"""A quoted Korean word that ends in a plant word glued to it ("‘승리기계공장’에서", at the Sungri machine plant) is
that plant, the maker of what the sentence says was made there; the same word unquoted stays unread (a script without
capitals does not show where such a name begins).

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "천마호는 ‘승리기계공장’에서 1980년부터 생산되었다.",
    "천마호는 “승리기계공장”에서 생산되었다.",
])
def test_the_quoted_plant_is_the_maker(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "ko")
    assert ("Chonma-ho", "manufactured_by", "승리기계공장") in facts, facts
    assert not [f for f in facts if f[0] == "승리기계공장"], facts


def test_a_quoted_design_stays_a_design(extractor: Extractor) -> None:
    facts = facts_of(extractor, "북한은 ‘천마호’를 생산했다.", "ko")
    assert ("Chonma-ho", "made_in_country", "North Korea") in facts, facts
