"""Vietnamese "trên cơ sở tham khảo" / "dựa trên tham khảo" (on the basis of, with reference to, a design) derives
the product made from the design it names, as "trên cơ sở" alone does.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "Xe tăng Type 69 được chế tạo từ năm 1974 trên cơ sở tham khảo thiết kế của chiếc T-62 thu được.",
    "Xe tăng Type 69 được chế tạo dựa trên tham khảo thiết kế của chiếc T-62 thu được.",
])
def test_the_design_referred_to_is_the_original(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "vi")
    assert ("Type 69 tank", "derived_from", "T-62") in facts, facts
