"""A works a word of place governs, right before a word of selling ("czołgi produkowane w zakładach Bumar eksportowano
do Indii", the tanks made at the Bumar works were sold to India), is where the design was made, not the seller:
the participle of making before it keeps its maker, and the sale keeps its buyer. A name with no word of place
before it, after a clause of making, is still the one that sold ("Norinco made the Type 56, and Century Arms sold
it").

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "product", "maker", "buyer"), [
    ("Czołgi T-72 produkowane w zakładach Bumar-Łabędy eksportowano do Indii.", "pl", "T-72", "Bumar-Łabędy",
     "India"),
    ("Wozy T-72M1 montowane w Bumar-Łabędy sprzedano potem do Iraku.", "pl", "T-72M1", "Bumar-Łabędy", "Iraq"),
    ("Tanky T-72 vyráběné v ZTS Martin byly vyváženy do Sýrie.", "cs", "T-72", "ZTS Martin", "Syria"),
    ("Tanky T-72M1 vyrábané v ZTS Martin boli dodávané do Indie.", "sk", "T-72M1", "ZTS Martin", "India"),
    ("The T-72 tanks assembled at Bumar-Łabędy were exported to India.", "en", "T-72", "Bumar-Łabędy", "India"),
])
def test_maker_in_a_place_is_no_seller(extractor: Extractor, text: str, lang: str, product: str, maker: str,
                                       buyer: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (product, "manufactured_by", maker) in facts, facts
    assert (product, "exported_to", buyer) in facts, facts


def test_a_name_with_no_place_word_after_the_making_still_sold(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Norinco made the Type 56, and Century Arms sold it to collectors.", "en")
    assert ("Type 56", "manufactured_by", "Century Arms") not in facts, facts
