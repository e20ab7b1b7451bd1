"""A country's adjective on a noun of makers that a word of making turns to copies ("Chinese gunsmiths began to make
copies of the AK-47") names who copied: the copies are a new product of that country, and the original is not made
there.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "original", "country"), [
    ("ru", "Венгерские заводы долго выпускали копии танка Т-55.", "T-55", "Hungary"),
    ("ru", "Польские оружейники позже стали производить копии пистолета ТТ.", "TT-33", "Poland"),
    ("hr", "Kineski oružari počeli su izrađivati kopije puške AK-47.", "AK-47", "China"),
    ("en", "Chinese gunsmiths began to make copies of the AK-47.", "AK-47", "China"),
])
def test_the_adjective_on_the_makers_is_the_copys_country(extractor: Extractor, lang: str, text: str, original: str,
                                                          country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (original, "made_in_country", country) not in facts, facts
    copies = [f for f in facts if f[1] == "derived_from" and f[2] == original]
    assert copies, facts
    assert (copies[0][0], "made_in_country", country) in facts, facts
