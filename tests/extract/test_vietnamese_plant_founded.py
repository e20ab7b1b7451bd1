"""Vietnamese "thành lập" (founded): the year a plant was founded is no introduction year of what it makes.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_the_founding_year_is_no_introduction(extractor: Extractor) -> None:
    text = ("Súng AKM được Việt Nam sản xuất theo giấy phép. Xưởng quân giới làm ra loại súng ấy là Nhà máy Z111, "
            "thành lập năm 1968 nhờ Liên Xô giúp đỡ.")
    facts = facts_of(extractor, text, "vi")
    assert ("AKM", "made_in_country", "Vietnam") in facts, facts
    assert not [f for f in facts if f[1] == "introduced_year"], facts
