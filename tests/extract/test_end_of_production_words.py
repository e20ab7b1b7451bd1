"""A word that ends production, in the future or as a noun ("завершится", "završit će se"): the year after it ends a
period and is no year of introduction.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Индийская корпорация собирает Су-30МКИ по лицензии. Выпуск всех этих машин завершится в 2019 году."),
    ("uk", "Індійська корпорація збирає Су-30МКІ за ліцензією. Випуск усіх цих машин завершиться у 2019 році."),
])
def test_the_year_a_run_will_end_is_no_introduction(small_extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(small_extractor, text, lang)
    assert not [f for f in facts if f[1] == "introduced_year" and f[2] == "2019"], facts


def test_the_year_production_began_stays(small_extractor: Extractor) -> None:
    facts = facts_of(small_extractor, "Индийская корпорация начала производство Су-30МКИ в 2004 году.", "ru")
    assert any(r == "introduced_year" and o == "2004" for _, r, o in facts), facts
