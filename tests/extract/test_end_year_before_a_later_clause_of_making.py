"""A year whose own clause has a word of ending after it (a subject and an auxiliary may stand between) is the end's,
though a word of making follows past a clause mark ("In 1990 the plant stopped making it, after 3,000 were built"):
the later clause's word of making does not date the start by that year.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The T-55 is a Soviet tank. In 1990 the Soviet Union stopped production of this tank, "
           "after more than 3,000 had been built."),
    ("en", "The T-55 is a Soviet tank. In 1990 the Soviet Union stopped production of this tank, "
           "total output was 3,000."),
    ("vi", "T-55 là xe tăng của Liên Xô. Năm 1990 nhà máy đã ngừng sản xuất loại xe tăng này, "
           "khi đó đã có 3.000 chiếc được chế tạo."),
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
