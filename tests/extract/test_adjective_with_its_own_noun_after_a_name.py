"""Where adjectives precede their noun (Russian, Ukrainian), a country's adjective right after a name that a plain
word follows is that word's ("в этом пистолете китайские мастера нашли": Chinese craftsmen, not a Chinese pistol);
one a word of making follows still places the name ("ПМ германского производства").

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Пистолет ПМ выпускался в ГДР. В этом пистолете китайские мастера нашли много нового.", "ru"),
    ("Пістолет ПМ випускався в НДР. У цьому пістолеті китайські майстри знайшли багато нового.", "uk"),
])
def test_an_adjective_of_the_next_noun_is_no_place_of_making(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Makarov PM", "made_in_country", "China") not in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Пистолеты ПМ германского производства хранились на складе.", "ru"),
    ("Пістолети ПМ німецького виробництва зберігалися на складі.", "uk"),
])
def test_an_adjective_on_a_word_of_making_still_places_the_name(extractor: Extractor, text: str, lang: str) -> None:
    assert ("Makarov PM", "made_in_country", "Germany") in facts_of(extractor, text, lang)


def test_a_word_for_parts_after_the_adjective_is_its_noun(extractor: Extractor) -> None:
    # (written for this test: the French adjective qualifies the engine that replaced the named one)
    facts = facts_of(extractor, "Konstruktorzy zastąpili silnik UTD-20 francuskim silnikiem wysokoprężnym.", "pl")
    assert ("UTD-20", "made_in_country", "France") not in facts, facts


def test_a_phrase_of_making_after_the_name_still_places_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Polska kupiła czołgi T-72 radzieckiej produkcji.", "pl")
    assert ("T-72", "made_in_country", "Soviet Union") in facts, facts
