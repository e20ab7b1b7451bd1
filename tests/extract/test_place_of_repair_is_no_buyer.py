"""A country a word of repair stands right beside ("majd Ukrajnában újították fel", then overhauled in Ukraine) is
where the design was mended, not a further place it went to after the country it arrived in; Hungarian sets the
prefix of "felújít" after the verb ("újították fel").

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "went", "mended"), [
    ("A Mi-8 1993-ban érkezett Szlovákiába, majd Ukrajnában újították fel.", "Slovakia", "Ukraine"),
])
def test_the_place_of_repair_is_no_buyer(extractor: Extractor, text: str, went: str, mended: str) -> None:
    facts = facts_of(extractor, text, "hu")
    assert any(f[1] == "exported_to" and f[2] == went for f in facts), facts
    assert not [f for f in facts if f[1] == "exported_to" and f[2] == mended], facts
