"""A clause that "where" opens right after the country a design went to, and that says it served there, confirms the
sale: the country stays the recipient. Forces stationed in a country still make it none.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

SERVED_THERE = [
    ("cs", "J-7 je čínská kopie MiGu-21. Dva kusy koupily USA, kde sloužily jako cvičné cíle."),
    ("en", "The J-7 is a Chinese copy of the MiG-21. Two airframes were sold to the USA, where they served as "
           "training targets."),
]


@pytest.mark.parametrize(("lang", "text"), SERVED_THERE)
def test_a_sale_whose_units_served_there_stays_an_export(extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Chengdu J-7", "exported_to", "United States") in facts, facts
