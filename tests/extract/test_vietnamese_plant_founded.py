"""Vietnamese "thành lập" (founded): the year a plant was founded is no introduction year of what it makes.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_the_founding_year_is_no_introduction(extractor: Extractor) -> None:
    text = ("Súng AKM được Việt Nam sản xuất theo giấy phép. Nhà máy sản xuất súng đầu tiên của Việt Nam là "
            "Nhà máy Z111, được thành lập vào năm 1968 với sự giúp đỡ của Liên Xô.")
    facts = facts_of(extractor, text, "vi")
    assert ("AKM", "made_in_country", "Vietnam") in facts, facts
    assert not [f for f in facts if f[1] == "introduced_year"], facts
