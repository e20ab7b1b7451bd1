"""A country's adjective on a design bureau's word ("designed by a Soviet design bureau, built only at X") says where
the designers worked: no place of making, in whatever case the bureau's words stand.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Samolot An-28 opracowało radzieckie biuro konstrukcyjne, a budowały go wyłącznie zakłady PZL Mielec."),
    ("ru", "Самолёт Ан-28, созданный советским конструкторским бюро Антонова, производился лишь заводом PZL Mielec."),
    ("cs", "An-28 navrhla sovětská konstrukční kancelář, vyrábět ho ale směl jen polský podnik PZL Mielec."),
])
def test_an_adjective_on_a_bureau_word_is_no_place_of_making(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("An-28", "made_in_country", "Soviet Union") not in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    # (an adjective on a plant is where it was made, as before)
    ("ru", "Самолёт Ан-28 строил только советский завод в Арсеньеве."),
])
def test_an_adjective_on_a_plant_stays_a_place_of_making(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("An-28", "made_in_country", "Soviet Union") in facts, facts
