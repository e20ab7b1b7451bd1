"""Two designs the registry holds apart, a slash between them, are two designs, not two names of one ("the SKS/AKM"),
while one number under two prefixes stays one design's two names ("Type 56/AK-56").

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_two_known_designs_a_slash_joins_are_no_aliases(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Im Depot lagerten neben Munition auch SKS/AKM aus alten Beständen.", "de")
    assert not [f for f in facts if f[1] == "alias_of"], facts


def test_one_number_under_two_prefixes_stays_an_alias(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Type 56/AK-56 rifles were made in China for decades.", "en")
    assert ("Type 56", "alias_of", "AK-56") in facts, facts
