"""A Soviet ordnance index run into Chinese or Japanese text ("苏联的9K32导弹", "9K32は") is found as it is between
spaces: those scripts space no words, so their characters are no part of the index. Letters or figures glued to it
still are ("a9K32", "1.9K32" name nothing). Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_an_index_between_chinese_characters(extractor: Extractor) -> None:
    facts = facts_of(extractor, "红缨-5导弹是苏联的9K32导弹的仿制型。", "zh")
    assert ("HN-5", "derived_from", "9K32 Strela-2") in facts, facts


def test_an_index_before_a_japanese_particle(extractor: Extractor) -> None:
    facts = facts_of(extractor, "9K32はエジプトでも無許可でコピーされた。", "ja")
    assert any(s.startswith("9K32") or o.startswith("9K32") for s, _, o in facts), facts


def test_an_index_glued_to_latin_letters_is_none(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The crate code a9K32 was exported to Iran.", "en")
    assert not any("9K32" in s for s, _, _ in facts), facts
