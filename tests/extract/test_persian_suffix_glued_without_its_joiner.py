"""Persian writes a suffix after a word's final heh with a zero-width non-joiner ("نسخه‌ی", "جنگنده‌ها"), and text
copied from the web often loses it ("نسخهی", "جنگندهها"): the word is the same word, its cue read all the same. An
Arabic word ending in ta marbuta takes no such suffix, so nothing else is caught. Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "میگ-۳۵ نسخهی جدیدی از میگ-۲۹ محسوب میشود.",
    "میگ-۳۵ نسخه‌ی جدیدی از میگ-۲۹ محسوب می‌شود.",
])
def test_a_version_word_with_its_suffix_glued(extractor: Extractor, text: str) -> None:
    assert ("MiG-35", "derived_from", "MiG-29") in facts_of(extractor, text, "fa")
