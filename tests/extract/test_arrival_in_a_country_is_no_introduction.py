"""The first units of a design arriving in a country ("dotarły do Węgier", "прибыли в Венгрию") came from abroad
then: the year dates an import, not the design's introduction. The first units reaching a country's forces still
enter service then. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Lotnictwo na Węgrzech. Pierwsze maszyny MiG-15 dotarły do Węgier 12 maja 1951 roku. "
           "Na Węgrzech ich nie budowano."),
    ("ru", "Реактивные истребители Венгрии. Первые истребители МиГ-15 прибыли в Венгрию 12 мая 1951 года. "
           "В Венгрии их не строили."),
    ("cs", "Proudové stíhačky v Maďarsku. První stíhačky MiG-15 přiletěly do Maďarska dne 12. května 1951. "
           "Maďarsko je nevyrábělo."),
])
def test_first_arrival_in_a_country_dates_no_introduction(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("MiG-15", "introduced_year", "1951") not in facts
    assert ("MiG-15", "exported_to", "Hungary") in facts


def test_first_arrival_at_the_forces_enters_service(extractor: Extractor) -> None:
    text = "Hungary had no jet fighters of its own then. The first MiG-15s arrived at the Hungarian Air Force in 1951."
    assert ("MiG-15", "introduced_year", "1951") in facts_of(extractor, text, "en")
