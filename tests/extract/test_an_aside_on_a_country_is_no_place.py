"""A country inside brackets that open right after another country's name and hold more words than its own ("made in
the USSR (Russia being the largest of its republics)") is an aside on that place, not a second place of making; a
country alone in such brackets still is one.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _places(extractor: Extractor, text: str, lang: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t.txt", lang) if f.relation == "made_in_country"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Most of the AK-47 rifles found there were made in the USSR (Russia being the largest of its republics).", "en"),
    ("Phần lớn súng AK-47 ở đó được sản xuất ở Liên Xô (với Nga là nước cộng hòa lớn nhất).", "vi"),
])
def test_an_aside_on_a_country_is_no_second_place(extractor: Extractor, text: str, lang: str) -> None:
    places = _places(extractor, text, lang)
    assert "Soviet Union" in places, places
    assert "Russia" not in places, places
