"""A year that a word of a war, a split or a rift between states governs dates that event, not the making the
sentence also speaks of; a year of the making itself stays an introduction.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

SPLIT = [
    ("it", "Il Tipo 59 è una copia del T-54, prodotto in Cina a seguito della rottura con l'URSS nel 1960."),
    ("en", "The Type 59 is a copy of the T-54, made by China following the political split with the Soviet Union "
           "in 1960."),
    ("fr", "Le Type 59 est une copie du T-54, produit par la Chine à la suite de la rupture politique avec l'Union "
           "soviétique en 1960."),
    ("zh", "59式坦克是T-54的仿制品，1960年中苏决裂后由中国生产。"),
]


@pytest.mark.parametrize(("lang", "text"), SPLIT)
def test_the_year_of_a_split_is_no_introduction(extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Type 59 tank", "introduced_year", "1960") not in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Type 59 is a Chinese copy of the T-54. After the split, production began in China in 1963."),
    ("it", "Il Tipo 59 è la versione cinese del T-54. Dopo lo strappo, la produzione cominciò nel 1963."),
])
def test_a_year_of_making_after_a_split_stays(extractor, lang: str, text: str) -> None:
    assert ("Type 59 tank", "introduced_year", "1963") in facts_of(extractor, text, lang)
