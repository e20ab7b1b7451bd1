"""A Slavic clause may put its subject last: "the tank made under licence the Martin works". An organisation right
after a word of making and the licence word on it (a word for "also" at most between) made the design; it gave no
licence."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of

CASES = [
    ("cs", "Tank T-55 vyráběla licenčně ZTS Martin.\n"),
    ("cs", "Tank T-55 vyráběla licenčně i ZTS Martin.\n"),
    ("hr", "Tenk T-55 proizvodila je po licenci tvornica ZTS Martin.\n"),
]


@pytest.mark.parametrize("lang,text", CASES)
def test_the_works_made_it_and_licensed_nothing(extractor, lang, text):
    facts = facts_of(extractor, text, lang)
    assert not any(r == "licensed_by" and "Martin" in o for s, r, o in facts)
    assert any(s == "T-55" and r == "manufactured_by" and "Martin" in o for s, r, o in facts)
