"""Polish, Czech and Slovak name a buyer in the genitive after "do" (to): every country's genitive is its name, the
short ones too, whose ending the rule of endings does not reach and simplemma's dictionary may miss (Polish "Kuby",
of Cuba, which it gives to no lemma).

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "product", "buyer"), [
    ("Samoloty Lim-5 sprzedano w latach sześćdziesiątych do Kuby.", "pl", "PZL-Mielec Lim-5", "Cuba"),
    ("Kilkadziesiąt wozów T-72M1 wyeksportowano do Kuby i do Iraku.", "pl", "T-72M1", "Cuba"),
    # (guards: the forms the rule of endings and the dictionary already give)
    ("Kilkadziesiąt wozów T-72M1 wyeksportowano do Kuby i do Iraku.", "pl", "T-72M1", "Iraq"),
    ("Stroje L-39 byly později vyváženy do Kuby.", "cs", "L-39", "Cuba"),
    ("Tanky T-55 boli neskôr vyvážané do Kuby.", "sk", "T-55", "Cuba"),
])
def test_short_name_in_the_genitive_is_the_buyer(extractor: Extractor, text: str, lang: str, product: str,
                                                 buyer: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (product, "exported_to", buyer) in facts, facts
