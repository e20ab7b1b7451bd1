"""Russian "с использованием" and Ukrainian "з використанням" ("using", "with the use of") are an instrument of the
making, no word of service: a place of making right before them stays where the design was made.

The sentences were written for these tests.
"""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_russian_using_after_a_place_of_making(extractor):
    facts = facts_of(extractor, "По словам газеты, истребители J-11 собирали в Шэньяне с использованием российских "
                                "двигателей.", "ru")
    assert any(r == "made_in_country" and o == "China" for _, r, o in facts)


def test_ukrainian_using_after_a_place_of_making(extractor):
    facts = facts_of(extractor, "Винищувачі J-11 виготовляли в Китаї з використанням російських двигунів.", "uk")
    assert any(r == "made_in_country" and o == "China" for _, r, o in facts)


def test_a_verb_of_use_still_says_service(extractor):
    facts = facts_of(extractor, "Винтовки СВД использовали в Ираке.", "ru")
    assert not any(r == "made_in_country" and o == "Iraq" for _, r, o in facts)
