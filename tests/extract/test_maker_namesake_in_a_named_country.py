"""Two organisations may bear one name: Arabic "هيئة التصنيع الحربي" (military industry authority) names Sudan's and
Iraq's alike. The text's countries choose: the one seated in a country the text names is the maker.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of, objects


def test_the_iraqi_namesake(extractor: Extractor) -> None:
    text = "قالت هيئة التصنيع الحربي في العراق إنها صنعت مدافع D-30 في مصانعها."
    makers = objects(facts_of(extractor, text, "ar"), "manufactured_by")
    assert makers == ["Military Industrialization Commission"], makers


def test_the_iraqi_namesake_where_made(extractor: Extractor) -> None:
    text = "صنعت هيئة التصنيع الحربي مدافع D-30 محليا في العراق."
    makers = objects(facts_of(extractor, text, "ar"), "manufactured_by")
    assert makers == ["Military Industrialization Commission"], makers


def test_the_sudanese_namesake(extractor: Extractor) -> None:
    text = "قالت هيئة التصنيع الحربي في السودان إنها صنعت بنادق AK-47 في مصانعها."
    makers = objects(facts_of(extractor, text, "ar"), "manufactured_by")
    assert makers == ["Military Industry Corporation (Sudan)"], makers
