"""A word of "not" inside a longer word for forces or a kind of product ("không" in Vietnamese "không quân", air
force, and "súng không giật", recoilless gun) is part of that word: it negates no sale after it.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "product", "country"), [
    ("Không quân Ai Cập đã mua 30 chiếc MiG-29 của Nga.", "MiG-29", "Egypt"),
    ("Năm 1995, Không quân Malaysia đã mua 18 chiếc MiG-29.", "MiG-29", "Malaysia"),
])
def test_the_air_force_buys(extractor: Extractor, text: str, product: str, country: str) -> None:
    facts = facts_of(extractor, text, "vi")
    assert (product, "exported_to", country) in facts, facts


def test_a_plain_not_still_negates(extractor: Extractor) -> None:
    # (a guard: "không" on its own before the verb still says the sale did not happen)
    facts = facts_of(extractor, "Ai Cập không mua MiG-29 của Nga.", "vi")
    assert ("MiG-29", "exported_to", "Egypt") not in facts, facts
