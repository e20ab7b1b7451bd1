"""Polish "rozwój" (development) in the instrumental a copula takes ("był dalszym rozwojem Type 69") makes the
subject a development of the name after it; the noun's other cases speak of the work ("prace nad rozwojem J-6")
and make no version.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_a_further_development_is_a_version(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Type 79 był dalszym rozwojem Type 69.", "pl")
    assert ("Type 79", "derived_from", "Type 69 tank") in facts, facts


def test_work_on_the_development_makes_no_version(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Prace nad rozwojem J-6 w Shenyang trwały kilka lat.", "pl")
    assert not any(r == "derived_from" for _, r, _ in facts), facts
