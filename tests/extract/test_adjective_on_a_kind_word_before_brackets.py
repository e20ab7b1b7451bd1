"""A country's adjective on a word for a kind of product, a name in brackets after it ("الصاروخ السوفيتي (سام-7)", the
Soviet missile (SA-7); "the Soviet missile (SA-7)"), glosses the noun with its own design: the name is made there,
and is no copy of the product the sentence spoke of before.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_arabic_gloss_of_a_missile(extractor: Extractor) -> None:
    text = "يصنع المصنع صواريخ صقر 18، ويصنع كذلك الصاروخ السوفيتي (سام-7) بمساعدة أجنبية."
    facts = facts_of(extractor, text, "ar")
    assert not any(r == "derived_from" and s == "9K32 Strela-2" for s, r, _ in facts), facts


def test_english_gloss_of_a_missile(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The plant makes the Sakr-18 and also produces the Soviet missile (SA-7).", "en")
    assert not any(r == "derived_from" and s == "9K32 Strela-2" for s, r, _ in facts), facts


def test_copies_in_brackets_stay_copies(extractor: Extractor) -> None:
    facts = facts_of(extractor, "China made copies of the BM-21 (Type 63).", "en")
    assert ("Type 63", "derived_from", "BM-21 Grad") in facts, facts
