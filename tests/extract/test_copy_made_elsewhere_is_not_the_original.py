"""Where the subject of a word of making is a copy or version of a design ("its copy is built in India", "копия Т-80
производится в Индии"), the place is the copy's, not the design's; a licensed copy is the design built under licence
and stays the design's.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Танк Т-80 собирает завод в Омске, а его копию производят в Индии.", "ru"),
    ("Танк Т-80 збирає завод в Омську, а його копію виготовляють в Індії.", "uk"),
    ("Танк Т-80 выпускается в России, его модификация производится в Индии.", "ru"),
    ("Копия Т-80 производится в Индии.", "ru"),
])
def test_the_place_where_a_copy_is_made_is_not_the_originals(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-80", "made_in_country", "India") not in facts, facts


def test_a_licensed_copy_is_the_design_made_there(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Лицензионная копия Т-80 производится в Индии.", "ru")
    assert ("T-80", "made_in_country", "India") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Китайская копия Т-80 производилась в Шэньяне.", "ru"),
    ("Китайська копія Т-80 вироблялася в Шеньяні.", "uk"),
])
def test_an_adjective_on_a_copy_word_places_no_other_name(extractor: Extractor, text: str, lang: str) -> None:
    assert ("T-80", "made_in_country", "China") not in facts_of(extractor, text, lang)


def test_a_copys_start_is_not_the_originals(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Китайская копия Т-80 производилась с 1996 года.", "ru")
    assert ("T-80", "introduced_year", "1996") not in facts, facts
