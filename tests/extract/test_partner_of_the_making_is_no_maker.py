"""A works or an institute a word of cooperation governs ("przy współpracy", "ve spolupráci se", "v spolupráci s",
"in cooperation with") helped the maker: it is no maker of the design, and the maker named beside it still is.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "product", "maker", "partner"), [
    ("Śmigłowce Mi-2 budowano w PZL-Świdnik przy współpracy zakładów WSK Rzeszów.", "pl", "Mi-2", "PZL-Świdnik",
     "WSK Rzeszów"),
    ("Samoloty An-2 montował PZL Mielec we współpracy z zakładami WSK Kalisz.", "pl", "An-2", "PZL Mielec",
     "WSK Kalisz"),
    ("Letouny L-39 vyrábělo Aero Vodochody ve spolupráci se závodem Motorlet.", "cs", "L-39", "Aero Vodochody",
     "Motorlet"),
    ("Tanky T-72M1 vyrábali v ZTS Martin v spolupráci s podnikom ZŤS Dubnica.", "sk", "T-72M1", "ZTS Martin",
     "ZŤS Dubnica"),
])
def test_partner_is_no_maker(extractor: Extractor, text: str, lang: str, product: str, maker: str,
                             partner: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (product, "manufactured_by", maker) in facts, facts
    assert not any(r == "manufactured_by" and s == product and partner.split()[-1] in o for s, r, o in facts), facts
