"""A name a word that likens follows, where such words follow their noun (Korean "처럼", its kind of product glued
between: "M-1 소총처럼"), is what the sentence compares with: not the original of the names it gives in their
places, which come from the design spoken of."""

from __future__ import annotations

from .conftest import facts_of


def test_likened_name_with_its_noun_is_no_original(extractor) -> None:
    facts = facts_of(extractor, "SKS는 M-1 소총처럼 클립을 쓰며 중국에서는 56식, "
                                "북한에서는 63식이라는 이름으로 생산되었다.", "ko")
    assert ("Type 63", "derived_from", "SKS") in facts
    assert ("Type 63", "derived_from", "M-1") not in facts


def test_likened_name_glued_to_the_particle_is_no_original(extractor) -> None:
    facts = facts_of(extractor, "SKS는 M-1처럼 클립을 쓰며 중국에서는 56식, "
                                "북한에서는 63식이라는 이름으로 생산되었다.", "ko")
    assert ("Type 63", "derived_from", "SKS") in facts
    assert not any(r == "derived_from" and o == "M-1" for _, r, o in facts)
