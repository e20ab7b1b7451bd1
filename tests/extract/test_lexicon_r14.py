"""Words of introduction the files lacked, found with probe sentences (stop 62).

These sentences were written for the tests: each proves that a change to one language file reaches the scorer,
never how well extraction does on real text (see test_quality):
- Polish "przyjęty ... na uzbrojenie" (adopted into service) with a word between, as "oficjalnie" (officially);
- Indonesian "pertama kali beroperasi", "pertama kali digunakan" (first operated, first used): an introduction.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of, objects


@pytest.mark.parametrize(("text", "lang", "year"), [
    ("Karabinek AKM został w 1959 roku przyjęty oficjalnie na uzbrojenie armii.", "pl", "1959"),
    ("Pistolet TT-33 przyjęto formalnie na uzbrojenie Armii Czerwonej w 1933 roku.", "pl", "1933"),
    ("Helikopter Mi-8 pertama kali beroperasi pada tahun 1967.", "id", "1967"),
    ("Senapan SS1 pertama kali digunakan pada tahun 1991.", "id", "1991"),
])
def test_an_introduction_read_with_these_words(small_extractor: Extractor, text: str, lang: str, year: str) -> None:
    assert objects(facts_of(small_extractor, text, lang), "introduced_year") == [year]
