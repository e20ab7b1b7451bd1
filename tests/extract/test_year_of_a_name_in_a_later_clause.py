"""A year a word of making dates, where that word comes last in its clause, belongs to the name before it, not to
a name past a word for "and" or a clause mark after the word (a German relative clause, then the main clause
going on with another name).

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "named", "later", "year"), [
    ("Der BMP-1 war ein Schützenpanzer, der seit 1966 gefertigt wurde und mit seiner Variante BMP-1P an viele "
     "Armeen ging.", "BMP-1", "BMP-1P", "1966"),
    ("Der T-62 war ein Panzer, der ab 1961 gebaut wurde, und ging samt seiner Version T-62M ins Ausland.",
     "T-62", "T-62M", "1961"),
])
def test_the_year_stays_with_the_name_before_it(extractor: Extractor, text: str, named: str, later: str,
                                                year: str) -> None:
    facts = facts_of(extractor, text, "de")
    assert (named, "introduced_year", year) in facts, facts
    assert (later, "introduced_year", year) not in facts, facts


def test_a_name_right_after_the_word_keeps_its_year(extractor: Extractor) -> None:
    # (a guard: no clause mark and no "and" between, the name after the word is its subject)
    facts = facts_of(extractor, "In 1958 production began of the T-55.", "en")
    assert ("T-55", "introduced_year", "1958") in facts, facts
