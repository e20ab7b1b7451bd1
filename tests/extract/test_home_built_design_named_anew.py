"""A design a word of making is glued to ("国产米格-17", "locally built MiG-17s"), then named ("被命名为歼-5",
"designated J-5"), is a product of its own derived from it, in the naming sentence and in the next one that points
back at it ("该型飞机被命名为..."): not another name of the original.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("国产米格-17于1956年被命名为歼-5。", "zh"),
    ("首批國產米格-17於1956年交付空軍。同年,該型飛機被命名為殲-5。", "zh"),
    ("Locally built MiG-17s were designated J-5.", "en"),
])
def test_the_new_name_is_a_copy(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Shenyang J-5", "derived_from", "MiG-17") in facts, facts
    assert not [f for f in facts if f[1] == "alias_of" and {f[0], f[2]} >= {"MiG-17"}], facts
