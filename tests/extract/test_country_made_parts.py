"""A country with a word of making glued on, right before words for parts ("装备俄制雷达和发动机", fitted with
Russian-made radars and engines), says where the parts came from, not where the design fitted with them was made;
a part's own name right after such words is still the country's. Sentences of our own; they prove behaviour, not
quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_russian_made_parts_make_no_russian_design(extractor: Extractor) -> None:
    text = "中國拿到許可證,得以製造一批蘇-27SK噴氣式戰機,被稱為殲-11A型戰機,該機配有俄制航電系統與雷達。"
    facts = facts_of(extractor, text, "zh")
    assert not any(r == "made_in_country" and o == "Russia" for _, r, o in facts)


def test_the_parts_own_name_is_still_the_countrys(extractor: Extractor) -> None:
    facts = facts_of(extractor, "W samolotach montowano polskie silniki Lis-2 zamiast radzieckich.", "pl")
    assert ("Lis-2", "made_in_country", "Poland") in facts
