"""A word of making whose object is the deal word, at most an article between ("made a deal", "teki kaupan"), makes
the deal: the deal with the other party is no licence to make the product.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The RK 62 rifles went to Oman. Finland made a deal with Oman in the 1990s."),
    ("fi", "RK 62 -kiväärejä toimitettiin Omaniin. Suomi teki kaupan Omanin kanssa 1990-luvulla."),
])
def test_making_a_deal_licenses_nothing(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] in {"licence_status", "licensed_by"}], facts
    assert ("RK 62", "exported_to", "Oman") in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    # (a making under a deal with a party stays a licence from it)
    ("en", "Poland made the T-55 under a contract with the Soviet Union."),
])
def test_a_making_under_a_deal_is_still_licensed(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-55", "licensed_by", "Soviet Union") in facts, facts
