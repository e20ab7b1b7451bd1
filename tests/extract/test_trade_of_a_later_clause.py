"""Two clauses, each with a word of trade and a name of its own ("sold to India, whose rival Pakistan bought the
Type 85"): each name goes where its own clause sends it, and the country of the first clause buys nothing in the
second.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "first", "second", "wrong"), [
    ("The MiG-29 was sold to India, whose neighbour Pakistan bought the F-7P from China.",
     ("MiG-29", "India"), ("F-7P Skybolt", "Pakistan"), ("F-7P Skybolt", "India")),
    # (a guard: a verb of its own in each clause, no relative, already read apart)
    ("The T-72 was exported to Iraq, while its enemy Iran bought the Type 59 from China.",
     ("T-72", "Iraq"), ("Type 59", "Iran"), ("Type 59", "Iraq")),
])
def test_each_clause_keeps_its_own_buyer(extractor: Extractor, text: str, first: tuple[str, str],
                                         second: tuple[str, str], wrong: tuple[str, str]) -> None:
    facts = facts_of(extractor, text, "en")
    assert (first[0], "exported_to", first[1]) in facts, facts
    assert (second[0], "exported_to", second[1]) in facts, facts
    assert (wrong[0], "exported_to", wrong[1]) not in facts, facts
