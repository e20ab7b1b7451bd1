"""A word for a submachine gun that holds the word for a machine gun ("短機関銃" holds "機関銃") names no machine
gun: a number several designs share, written with it, is not the machine gun of that number (the longer word of a
kind wins over the shorter one inside it).

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "中国は1956年から56式短機関銃を量産した。",
    "北ベトナム軍は中国製の56式短機関銃を大量に受け取った。",
])
def test_a_submachine_gun_number_is_no_machine_gun(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "ja")
    assert facts, facts
    assert not [f for f in facts if f[0] == "Type 56 light machine gun"], facts


def test_a_light_machine_gun_still_is(extractor: Extractor) -> None:
    facts = facts_of(extractor, "中国は1956年から56式軽機関銃を量産した。", "ja")
    assert [f for f in facts if f[0] == "Type 56 light machine gun"], facts
