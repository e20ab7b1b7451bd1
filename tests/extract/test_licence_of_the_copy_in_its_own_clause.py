"""Of two copies each named with a word for "as" (or, where particles follow, a word of naming), a licence word belongs
to the one nearer it where a word of making stands between the other and it: that other copy was made in a clause of
its own ("having built the MiG-17 as the J-5, China made the MiG-19 under licence as the J-6"). Where one verb makes
both, the licence is both copies'.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Having built the MiG-17 as the J-5, China went on to make the MiG-19 under licence as the J-6."),
    ("ko", "중국은 MiG-17을 J-5로 생산한 뒤 MiG-19를 J-6이라는 이름으로 면허생산했다."),
])
def test_the_licence_is_the_later_copys(extractor: Extractor, lang: str, text: str) -> None:
    licensed = {f[0] for f in facts_of(extractor, text, lang) if f[1] == "licence_status"}
    assert licensed == {"Shenyang J-6"}, licensed


@pytest.mark.parametrize("text", [
    "China built the MiG-17 and the MiG-19 under licence as the J-5 and the J-6.",
    "China built the MiG-17 as the J-5 and the MiG-19 as the J-6, both under licence.",
    # (the licence word first, one word of making after it for both copies)
    "China was licensed by the Soviet Union to make the MiG-17 and the MiG-19 as the J-5 and the J-6.",
])
def test_one_verb_licenses_both(extractor: Extractor, text: str) -> None:
    licensed = {f[0] for f in facts_of(extractor, text, "en") if f[1] == "licence_status"}
    assert licensed == {"Shenyang J-5", "Shenyang J-6"}, licensed
