"""The licence of a making that a naming gives a name to ("made under licence in Poland under the name Lim-5") is
the named copy's, not the original design's.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("MiG-17 được Ba Lan sản xuất theo giấy phép với tên gọi Lim-5.", "vi"),
    ("The MiG-17 was built under licence in Poland as the Lim-5.", "en"),
])
def test_the_named_copy_holds_the_licence(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(f[0].endswith("Lim-5") and f[1:] == ("licence_status", "licensed") for f in facts), facts
    assert not [f for f in facts if f[0] == "MiG-17" and f[1] == "licence_status"], facts
