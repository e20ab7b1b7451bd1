"""Polish, Czech and Slovak may put the verb of a start after its noun of making ("produkcja licencyjna ruszyła w
1982", "licenční výroba byla zahájena roku 1981", "výroba sa rozbehla v roku 1981"): the phrase is a start of
production in either order, as "ruszyła produkcja" and "zahájena výroba" are, and dates a licensed production too
(where a word of licence beside a bare word of making leaves the year to the licence).

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "product", "year"), [
    ("Licencyjna produkcja czołgów T-72 ruszyła w 1982 roku.", "pl", "T-72", "1982"),
    ("Czołg T-55 był tańszy od T-62. Jego produkcja licencyjna została rozpoczęta w 1964 roku.", "pl", "T-55",
     "1964"),
    ("Licenční výroba tanků T-72 byla zahájena roku 1981.", "cs", "T-72", "1981"),
    ("Licenčná výroba vozidiel BVP-1 bola zahájená v roku 1970.", "sk", "BVP-1", "1970"),
])
def test_start_verb_after_its_noun_dates_the_production(extractor: Extractor, text: str, lang: str, product: str,
                                                       year: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (product, "introduced_year", year) in facts, facts


def test_the_start_with_a_town_places_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Produkcja licencyjna czołgów T-72 ruszyła w Gliwicach w 1982 roku.", "pl")
    assert ("T-72", "made_in_country", "Poland") in facts, facts
