"""A design the registry knows as made in two countries (the Mi-2: designed in the USSR, built in Poland) may be sold
by one to the other: where the sentence says where the units it moves were made (a town of another country, its
adjective, a word of making with another country), the one they went to is a buyer, though the design is its own
too ("śmigłowce Mi-2 budowane w Świdniku sprzedawano do ZSRR"). With no such country the registry's own country
stays no buyer ("the Soviet army introduced the T-72").

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "product", "buyer"), [
    ("Śmigłowce Mi-2 budowane w Świdniku sprzedawano głównie do ZSRR.", "pl", "Mi-2", "Soviet Union"),
    ("Większość polskich śmigłowców Mi-2 wysłano do ZSRR.", "pl", "Mi-2", "Soviet Union"),
    ("Vrtulníky Mi-2 vyrobené v Polsku byly dodávány do SSSR.", "cs", "Mi-2", "Soviet Union"),
    ("Most Mi-2 helicopters assembled in Poland were shipped to the Soviet Union.", "en", "Mi-2", "Soviet Union"),
])
def test_units_made_abroad_go_to_the_design_s_home(extractor: Extractor, text: str, lang: str, product: str,
                                                   buyer: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (product, "exported_to", buyer) in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Pierwsze czołgi T-72 dostarczono do ZSRR w 1973 roku.", "pl"),
    ("The first T-72 tanks were delivered to the Soviet Union in 1973.", "en"),
])
def test_with_no_other_country_the_home_is_no_buyer(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-72", "exported_to", "Soviet Union") not in facts, facts
