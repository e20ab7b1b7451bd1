"""South Slavic and Bulgarian "in service of <an army> since <year>": the army named between the words of service
and "since" leaves the year the design's entry into service.

Each sentence was written for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Хеликоптери Ми-17 су у служби српског ваздухопловства од 2016. године.", "sr",
     ("Mi-17", "introduced_year", "2016")),
    ("Танковете Т-55 са на въоръжение в българската армия от 1964 година.", "bg",
     ("T-55", "introduced_year", "1964")),
    ("Хеликоптерите Ми-24 се во вооружувањето на армијата од 2001 година.", "mk",
     ("Mi-24", "introduced_year", "2001")),
    ("Helikopterji Mi-8 so v uporabi slovenske vojske od leta 1993.", "sl", ("Mi-8", "introduced_year", "1993")),
])
def test_year_of_entry_into_service(extractor: Extractor, text: str, lang: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


def test_a_count_after_the_words_is_no_year(extractor: Extractor) -> None:
    facts = facts_of(extractor, "U naoružanju je od 30 do 40 tenkova T-55.", "hr")
    assert not [f for f in facts if f[1] == "introduced_year"], facts
