"""A country that buys, sells or uses copies ("Algeria bought copies of the Igla") is not the one that copied: the
copies are not its own, and it makes none."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "buyer"), [
    ("Sudan bought copies of the D-30 from an unnamed supplier.", "en", "Sudan"),
    ("Le Soudan a acheté des copies iraniennes du D-30.", "fr", "Sudan"),
    ("Sudán compró copias iraníes del D-30.", "es", "Sudan"),
    ("Il Sudan ha acquistato copie iraniane del D-30.", "it", "Sudan"),
])
def test_the_buyer_of_copies_makes_none(extractor: Extractor, text: str, lang: str, buyer: str) -> None:
    assert not any(rel == "made_in_country" and obj == buyer for _, rel, obj in facts_of(extractor, text, lang))


def test_the_copies_bought_keep_their_own_country(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Le Soudan a acheté des copies iraniennes du D-30.", "fr")
    assert ("D-30 (Iranian copy)", "made_in_country", "Iran") in facts
