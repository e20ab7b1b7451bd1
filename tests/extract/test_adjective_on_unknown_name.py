"""A country's adjective right before a design the extractor does not read (a capitalised name and a number) is that
design's, not the next name's of a list.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "The corps fields several kinds of armoured vehicles including 90 Swedish-made Stridsvagn 122s, 40 BMP-1s "
    "and 30 T-55s.",
    "Its main battle tanks include 100 British-built Challenger 2 tanks / Challenger 3s, 50 BMP-1s and a few T-55s.",
])
def test_the_adjective_stays_on_the_unknown_name(small_extractor: Extractor, text: str) -> None:
    facts = facts_of(small_extractor, text, "en")
    assert not [f for f in facts if f[1] == "made_in_country" and f[0] in {"BMP-1", "T-55"}], facts


@pytest.mark.parametrize(("text", "expected"), [
    # (a known name right after the adjective keeps it)
    ("Egypt bought Soviet-made MiG-21s, MiG-23s and Su-7s.", ("MiG-21", "made_in_country", "Soviet Union")),
    ("The army has Polish-made PT-91s and T-72M1s.", ("PT-91", "made_in_country", "Poland")),
])
def test_an_adjective_on_a_known_name_is_kept(small_extractor: Extractor, text: str,
                                              expected: tuple[str, str, str]) -> None:
    assert expected in facts_of(small_extractor, text, "en")
