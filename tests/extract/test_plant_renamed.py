"""A family's name that a word of renaming gives to the works or the company named just before it is that company's
new name: no product of its own to take the works' making, maker or years.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

RENAMED = [
    ("en", "The SVD is a Soviet rifle, in production since 1963 at the Izhmash plant in Izhevsk, later renamed "
           "Kalashnikov."),
    ("it", "Lo SVD è un fucile sovietico, in produzione dal 1963 alla fabbrica Izmash di Izhevsk, poi ribattezzata "
           "Kalashnikov."),
    ("de", "Die SVD ist ein sowjetisches Gewehr, seit 1963 im Werk Ischmasch gefertigt, das später in Kalaschnikow "
           "umbenannt wurde."),
]


@pytest.mark.parametrize(("lang", "text"), RENAMED)
def test_a_name_given_to_a_works_is_no_product(extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[0] == "AK"], facts


def test_a_rifle_known_by_the_family_name_stays_a_product(extractor) -> None:
    text = "The factory built a rifle later renamed Kalashnikov in 1949."
    facts = facts_of(extractor, text, "en")
    assert any(f[0] == "AK" for f in facts), facts
