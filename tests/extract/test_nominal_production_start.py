"""A sentence whose subject is the noun of production, with the verb of beginning after it and no design named
("Производството започва през 1961 г."), dates the design spoken of, as the verb before the noun did ("започва
производството"), also where the text goes on to a making under licence elsewhere. Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "БТР-60 е съветски бронетранспортьор. Производството започва през 1961 г. По лиценз се прави и в Румъния.",
    "БТР-60 е съветски бронетранспортьор. Производството започна през 1961 г. Правен е по лиценз в Румъния.",
])
def test_the_noun_of_production_before_its_verb_dates_the_topic(extractor: Extractor, text: str) -> None:
    assert ("BTR-60", "introduced_year", "1961") in facts_of(extractor, text, "bg")
