"""Where a participle ends its clause (German, Dutch), a word of ending after a year is the year's verb, however many
words stand between ("Die Fertigung wurde 1981 aus Kostengründen eingestellt"): the year is an end, no introduction.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "Die Produktion des T-55 wurde 1981 aus Kostengründen eingestellt.",
    "In Polen musste die Fertigung des T-54 1967 auf Drängen Moskaus eingestellt werden, hieß es.",
    # ("von", a word of "from" and "since" alike, between the year and the verb)
    "Die Fertigung des T-54 in Polen wurde 1967 auf Verlangen von Moskau eingestellt.",
])
def test_an_end_at_the_clause_end_dates_no_start(small_extractor: Extractor, text: str) -> None:
    facts = facts_of(small_extractor, text, "de")
    assert not [f for f in facts if f[1] == "introduced_year"], facts


def test_the_start_before_the_end_stays(small_extractor: Extractor) -> None:
    text = ("Der T-54 wurde ab 1958 in Polen gebaut. "
            "Die Fertigung des T-54 musste 1967 auf Drängen Moskaus eingestellt werden, so der Bericht.")
    facts = facts_of(small_extractor, text, "de")
    assert ("T-54", "introduced_year", "1958") in facts, facts
    assert ("T-54", "introduced_year", "1967") not in facts, facts


def test_a_start_and_an_end_in_one_clause_keep_the_start(small_extractor: Extractor) -> None:
    text = "Die Serienfertigung des T-55 begann 1958 und wurde erst 1981 eingestellt."
    facts = facts_of(small_extractor, text, "de")
    assert ("T-55", "introduced_year", "1958") in facts, facts
    assert ("T-55", "introduced_year", "1981") not in facts, facts


def test_a_noun_of_making_inside_the_clause_leaves_the_end(small_extractor: Extractor) -> None:
    # (a noun of making after a preposition, no "und" between it and the verb of ending: still the year of the end)
    text = ("Man liest oft, dass die Produktion der Su-7 im Land 1986 mit dem Bau einer letzten Reihe "
            "in Komsomolsk endete.")
    facts = facts_of(small_extractor, text, "de")
    assert not [f for f in facts if f[1] == "introduced_year"], facts


def test_a_clause_of_making_before_the_end_keeps_its_own_year(small_extractor: Extractor) -> None:
    text = "Im Werk begann 1971 die Fertigung der Su-17 und wurde erst 1990 beendet."
    facts = facts_of(small_extractor, text, "de")
    assert ("Su-17", "introduced_year", "1971") in facts, facts
