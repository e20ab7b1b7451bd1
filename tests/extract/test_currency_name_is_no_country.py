"""A country's name that opens a currency's name ("US-Dollar", "US dollars", "Yhdysvaltain dollaria"; CLDR's names in
each language) says a price's unit: no party to a sale, no place. The country alone still buys.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Der Exportpreis eines T-72M1 lag 1990 bei einer Million US-Dollar.", "de"),
    ("In 1990 the export price of one T-72M1 stood at about one million US dollars.", "en"),
])
def test_a_currency_sells_to_nobody(small_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(small_extractor, text, lang)
    assert not [f for f in facts if f[2] == "United States"], facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Sowjetunion exportierte einige T-72M1 in die USA.", "de"),
    ("The Soviet Union sold a few T-72M1 tanks to the US.", "en"),
])
def test_the_country_alone_still_buys(small_extractor: Extractor, text: str, lang: str) -> None:
    assert ("T-72M1", "exported_to", "United States") in facts_of(small_extractor, text, lang)
