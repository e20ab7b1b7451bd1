"""Czech "se" is both the reflexive and "with": where a word of place stands between it and a country ("se v Polsku
vyráběl", was made in Poland), the country is where the making was, not a party the making was done with."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of

CASES = [
    ("cs", "Tank T-55 se v Polsku vyráběl.\n", "T-55", "Poland"),
    ("cs", "Raketomet RM-70 vychází ze sovětského BM-21 a vyráběl se na Slovensku.\n", "RM-70", "Slovakia"),
    ("cs", "Letoun MiG-21F-13 se v Československu vyráběl licenčně.\n", "MiG-21F-13", "Czechoslovakia"),
]


@pytest.mark.parametrize("lang,text,design,country", CASES)
def test_the_country_after_a_place_word_is_where_it_was_made(extractor, lang, text, design, country):
    assert (design, "made_in_country", country) in facts_of(extractor, text, lang)
