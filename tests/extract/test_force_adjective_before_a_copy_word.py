"""Where adjectives follow their noun, a country's adjective on a word of armed forces right before a word of
copies or versions is the force's, who use the design, not the copy's maker: "a rocket the Syrian army uses, which
is a copy of the Grad" is not made in Syria. An adjective right after the copy word is still the copy's. Sentences
of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of, objects


@pytest.mark.parametrize(("text", "lang"), [
    ("صواريخ صقر-45 يستخدمها الجيش السوري وهي نسخة مطورة من صاروخ غراد.", "ar"),
    ("Les roquettes Sakr-45 qu'utilise l'armée syrienne, copie du Grad, viennent d'Égypte.", "fr"),
])
def test_the_army_uses_the_copy(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert "Syria" not in objects(facts, "made_in_country"), facts


def test_an_adjective_after_the_copy_word_is_the_copys(extractor: Extractor) -> None:
    facts = facts_of(extractor, "صاروخ صقر-45 هو نسخة مصرية من صاروخ غراد.", "ar")
    assert ("Sakr-45", "made_in_country", "Egypt") in facts, facts
