"""A part a part word names after the design it is fitted to ("..., with a new WS-10 engine") takes none of
that design's licence, and brackets right after the part and its adjective ("(based on the AL-31F)") speak of the
part: the design is not derived from what they name, nor is that name licensed.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Tiêm kích Shenyang J-11 là phiên bản có giấy phép của Su-27 của Nga, với động cơ WS-10 mới (phát triển từ "
     "AL-31F của Nga).", "vi"),
    ("Tiêm kích Shenyang J-11 là phiên bản có giấy phép của Su-27, với động cơ WS-10 mới.", "vi"),
])
def test_the_part_and_its_aside_take_nothing(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Shenyang J-11", "derived_from", "Su-27") in facts, facts
    assert not [f for f in facts if f[0] in {"WS-10", "AL-31F"} and f[1] in {"licence_status", "licensed_by"}], facts
    assert not [f for f in facts if f[1] == "derived_from" and f[2] == "AL-31F"], facts
