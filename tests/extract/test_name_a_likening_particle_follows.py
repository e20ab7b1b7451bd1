"""A name a word that likens follows, where such words follow their noun (Korean "처럼", its kind of product glued
between: "M16 소총처럼"), is what the sentence compares with: not the original of the names it gives in their
places, which come from the design spoken of, nor made in those places; the name before it keeps its readings."""

from __future__ import annotations

from .conftest import facts_of


def test_likened_name_with_its_noun_is_no_original(extractor) -> None:
    facts = facts_of(extractor, "SKS 카빈은 M16 소총처럼 널리 퍼졌으며 중국에서 56식, 북한에서 63식으로 생산되었다.",
                     "ko")
    assert ("Type 63", "derived_from", "SKS") in facts
    assert ("Type 63", "derived_from", "M16") not in facts
    assert ("M16", "made_in_country", "China") not in facts


def test_likened_name_glued_to_the_particle_is_no_original(extractor) -> None:
    facts = facts_of(extractor, "SKS 카빈은 M16처럼 널리 퍼졌으며 중국에서 56식, 북한에서 63식으로 생산되었다.", "ko")
    assert ("Type 63", "derived_from", "SKS") in facts
    assert not any(r == "derived_from" and o == "M16" for _, r, o in facts)
    assert ("SKS", "made_in_country", "China") in facts
