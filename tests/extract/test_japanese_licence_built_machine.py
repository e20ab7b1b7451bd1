"""Japanese "Xのライセンス生産機" / "生産車" (X's licence-built aircraft, vehicle) is a word of versions as
"ライセンス生産型" is: the name the sentence is about is X's licensed version, and X itself holds no licence.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "copy", "original"), [
    ("J-6は、当初MiG-19のライセンス生産機であった。", "Shenyang J-6", "MiG-19"),
    ("59式戦車は当初T-54Aのライセンス生産車であった。", "Type 59 tank", "T-54A"),
])
def test_licence_built_machine_is_a_version(extractor: Extractor, text: str, copy: str, original: str) -> None:
    facts = facts_of(extractor, text, "ja")
    assert (copy, "derived_from", original) in facts, facts
    assert (original, "licence_status", "licensed") not in facts, facts
