"""Upgrading tanks a country already has is work on units built, no new version of its own: Arabic "تحديث" and
Persian "نوسازی" (modernisation) are words of repair too, so a country's adjective in the sentence makes no unnamed
local version of the design. A version the text names is still one. Sentences of our own; they prove behaviour, not
quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_upgrading_the_fleet_makes_no_version(extractor: Extractor) -> None:
    text = "قرر الجيش الإيراني تحديث جميع دبابات تي-72 إس التي يملكها."
    facts = facts_of(extractor, text, "ar")
    assert not [f for f in facts if "version" in f[0]], facts


def test_a_named_version_is_still_one(extractor: Extractor) -> None:
    text = "دبابة تي-72 إف هي نسخة إيرانية مطورة من دبابة تي-72."
    assert ("T-72F", "derived_from", "T-72") in facts_of(extractor, text, "ar")
