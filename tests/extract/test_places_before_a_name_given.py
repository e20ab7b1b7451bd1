"""Which design a list of places before "as" and a name made: the place nearest the name made the copy named, the
places a word of place of their own sets before it made the design itself, and no later name takes them.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of

_TEXT = ("The AKM was first made in the Soviet Union. It was later built in Hungary, Bulgaria and in China as the "
         "Type 56, afterwards reworked as the Type 56-1.")


def test_the_place_nearest_the_name_made_the_copy(extractor: Extractor) -> None:
    facts = facts_of(extractor, _TEXT, "en")
    assert ("Type 56", "made_in_country", "China") in facts, facts
    assert ("Type 56", "made_in_country", "Hungary") not in facts, facts


def test_the_places_before_it_made_the_design(extractor: Extractor) -> None:
    facts = facts_of(extractor, _TEXT, "en")
    assert ("AKM", "made_in_country", "Hungary") in facts, facts
    assert ("AKM", "made_in_country", "Bulgaria") in facts, facts


def test_a_later_name_takes_no_place_across_the_name_given(extractor: Extractor) -> None:
    facts = facts_of(extractor, _TEXT, "en")
    assert not [f for f in facts if f[0] == "Type 56-1" and f[1] == "made_in_country"
                and f[2] in {"Hungary", "Bulgaria"}], facts
