"""Portuguese written before the 1990 spelling agreement (still usual in Portugal's older texts and in Africa) spells
Egypt "Egipto".

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "Nos anos sessenta, Moscovo vendeu ao Egipto dezenas de caças MiG-21.",
    "O Egipto comprou à União Soviética vários tanques T-55.",
])
def test_egipto_is_egypt(small_extractor: Extractor, text: str) -> None:
    facts = facts_of(small_extractor, text, "pt")
    assert [f for f in facts if f[1] == "exported_to" and f[2] == "Egypt"], facts
