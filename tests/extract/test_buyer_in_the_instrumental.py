"""Where a passive's doer takes the instrumental with no preposition (Russian, Ukrainian, Belarusian), a country in
that case right after a word of buying is the buyer, also where another country was named before the word:
"howitzers came to Georgia, bought by Lithuania from Germany" sends them to Lithuania too.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("В Грузию прибыли первые гаубицы Д-20, закупленные Литвой у Германии.", "ru"),
    ("До Грузії прибули перші гаубиці Д-20, закуплені Литвою у Німеччини.", "uk"),
    ("У Грузію прыйшлі першыя гаўбіцы Д-20, закупленыя Літвой у Германіі.", "be"),
])
def test_a_country_in_the_instrumental_after_a_word_of_buying_bought_it(extractor: Extractor, text: str,
                                                                        lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("D-20", "exported_to", "Lithuania") in facts, facts
    assert ("D-20", "exported_to", "Germany") not in facts, facts


def test_a_ukrainian_instrumental_in_ou_is_no_dative(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Грузія отримала гаубиці Д-20, поставлені Литвою.", "uk")
    assert ("D-20", "exported_to", "Lithuania") not in facts, facts


def test_a_ukrainian_dative_still_receives(extractor: Extractor) -> None:
    assert ("D-20", "exported_to", "Lithuania") in facts_of(extractor, "Німеччина продала Литві гаубиці Д-20.", "uk")
