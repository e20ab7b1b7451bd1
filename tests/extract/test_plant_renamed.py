"""A family's name that a word of renaming gives to the works or the company named just before it is that company's
new name: no product of its own to take the works' making, maker or years.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

RENAMED = [
    ("en", "The SVD, a Soviet marksman's rifle, has come from the Izhmash works since 1963, a firm later renamed "
           "Kalashnikov."),
    ("it", "Lo SVD, arma sovietica di precisione, esce dallo stabilimento Izhmash dal 1963, un'azienda in seguito "
           "rinominata Kalashnikov."),
    ("de", "Die SVD, ein sowjetisches Präzisionsgewehr, kommt seit 1963 aus dem Betrieb Ischmasch, den man später in "
           "Kalaschnikow umbenannte."),
]


@pytest.mark.parametrize(("lang", "text"), RENAMED)
def test_a_name_given_to_a_works_is_no_product(extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[0] == "AK"], facts


def test_a_rifle_known_by_the_family_name_stays_a_product(extractor) -> None:
    text = "The factory built a rifle later renamed Kalashnikov in 1949."
    facts = facts_of(extractor, text, "en")
    assert any(f[0] == "AK" for f in facts), facts
