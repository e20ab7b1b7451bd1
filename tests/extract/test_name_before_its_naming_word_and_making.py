"""Where words of naming follow their noun, a name right before a naming word with a word of making right after it,
in a sentence that names no other design, is the name of a copy of the design an earlier sentence spoke of
("북한에서는 68식이라는 이름으로 생산되었다", made in North Korea under the name Type 68)."""

from __future__ import annotations

from .conftest import facts_of


def test_korean_copy_named_before_its_making(extractor) -> None:
    facts = facts_of(extractor, "AKM은 소련의 소총이다. 북한에서는 68식이라는 이름으로 생산되었다.", "ko")
    assert ("Type 68", "derived_from", "AKM") in facts
    assert ("Type 68", "made_in_country", "North Korea") in facts


def test_japanese_copy_named_before_its_making(extractor) -> None:
    facts = facts_of(extractor, "AKM は ソ連の小銃である。北朝鮮では68式という名称で生産された。", "ja")
    assert ("Type 68", "derived_from", "AKM") in facts


def test_a_nickname_names_no_copy(extractor) -> None:
    facts = facts_of(extractor, "AKM은 소련의 소총이다. 병사들 사이에서는 68식이라는 별명으로 불렸다.", "ko")
    assert ("Type 68", "derived_from", "AKM") not in facts
