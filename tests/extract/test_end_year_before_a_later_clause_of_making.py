"""A year whose own clause has a word of ending after it (a subject and an auxiliary may stand between) is the end's,
though a word of making follows past a clause mark ("In 1985 the plant stopped making it, after 11,000 were built"):
the later clause's word of making does not date the start by that year.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The MiG-21 is a Soviet fighter. In 1985 the Soviet Union stopped production of this fighter, "
           "after more than 11,000 had been built."),
    ("en", "The MiG-21 is a Soviet fighter. In 1985 the Soviet Union stopped production of this fighter, "
           "total output was 11,000."),
    ("vi", "MiG-21 là máy bay chiến đấu của Liên Xô. Vào năm 1985 Liên Xô đã dừng sản xuất loại máy bay này, "
           "tổng sản lượng trước đó đã trên 11.000 chiếc."),
])
def test_the_year_of_an_end_in_its_own_clause_dates_no_start(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "introduced_year"], facts


def test_a_start_before_the_end_keeps_its_year(extractor: Extractor) -> None:
    text = ("The MiG-21 is a Soviet fighter. In 1959 the Soviet Union began production of this fighter, "
            "which stopped only in 1985.")
    facts = facts_of(extractor, text, "en")
    assert ("MiG-21", "introduced_year", "1959") in facts, facts
    assert ("MiG-21", "introduced_year", "1985") not in facts, facts
