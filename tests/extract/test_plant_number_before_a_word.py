"""A plant's number ends its name before a closing quote, or before a short word and a year or a capitalised name."""
from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize(("text", "plant"), [
    ('Il BMP-1 fu costruito dalla "Fabbrica Statale 17" a partire dal 1970.', "Fabbrica Statale 17"),
    ("Il BMP-1 fu costruito dalla Fabbrica Statale 17 dal 1970.", "Fabbrica Statale 17"),
    ("El BMP-1 fue montado por la Fábrica Estatal 17 desde 1970.", "Fábrica Estatal 17"),
])
def test_the_number_stays_in_the_plant_name(extractor, text, plant):
    assert ("BMP-1", "manufactured_by", plant) in facts_of(extractor, text)
