"""Chinese "商议" / "协商" (talks, consultations) are words of plan: a licence the parties are still talking over
is no licence yet.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "越南与苏联仍在商议雅克-52的许可生产。",
    "越南與蘇聯仍在商議雅克-52的許可生產。",
])
def test_talks_on_a_licence_give_none(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "zh")
    assert not [f for f in facts if f[1] in {"licence_status", "licensed_by"}], facts
