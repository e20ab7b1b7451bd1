"""A firm named in the words that say who spoke, after quoted words that speak of making, is where the speaker works,
no maker of what the quote speaks of; a firm the making names outside quotes (or after a quoted name) still is."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of

SPOKEN = [
    ("de", "„Den Typ 56 baut heute fast jedes Land“, erklärt Karl Brenner, Techniker bei der Firma Zastava Arms.",
     "Type 56"),
    ("es", "«El AK-74 se produce casi en todas partes», afirmó Luis Gómez, técnico de la empresa Norinco.", "AK-74"),
    ("en", "\"Nearly every country makes the AK-74 now,\" said Ann Lee, an engineer at Zastava Arms.", "AK-74"),
]

MADE = [
    ("de", "Der Typ 56 wird heute von Norinco gebaut.", "Type 56", "Norinco"),
    ("en", "The rifle was built as the \"Type 56\", by Norinco.", "Type 56", "Norinco"),
]


@pytest.mark.parametrize(("lang", "text", "product"), SPOKEN)
def test_the_speakers_firm_makes_nothing(extractor, lang, text, product):
    facts = facts_of(extractor, text, lang)
    assert not any(r == "manufactured_by" for _, r, _ in facts), facts


@pytest.mark.parametrize(("lang", "text", "product", "maker"), MADE)
def test_a_maker_outside_quotes_still_makes_it(extractor, lang, text, product, maker):
    assert (product, "manufactured_by", maker) in facts_of(extractor, text, lang)
