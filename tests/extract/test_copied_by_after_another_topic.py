"""A design said to be copied by or in a country ("The Strela-2 was copied in Egypt") is the original of that
country's copy, whatever the sentence before spoke of: the product spoken of is neither its copy nor its original.
Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of, objects


@pytest.mark.parametrize(("lang", "text", "copier"), [
    ("en", "The TT pistol was made from 1933. The Strela-2 was copied in Egypt.", "Egypt"),
    ("en", "The TT pistol was made from 1933. Later the Strela-2 was copied by China.", "China"),
    ("fr", "Le pistolet TT fut produit dès 1933. Le Strela-2 fut copié par l'Égypte.", "Egypt"),
    ("ru", "Пистолет ТТ выпускался с 1933 года. Комплекс «Стрела-2» копировали в Египте.", "Egypt"),
    ("pl", "Pistolet TT produkowano od 1933 roku. Strzała-2 została skopiowana przez Chiny.", "China"),
])
def test_the_copy_is_the_copiers_not_the_topic(extractor: Extractor, lang: str, text: str, copier: str) -> None:
    facts = facts_of(extractor, text, lang)
    lineage = [(s, o) for s, r, o in facts if r == "derived_from"]
    assert lineage and all(o == "9K32 Strela-2" and s.startswith("9K32 Strela-2 (") for s, o in lineage), facts
    assert copier in objects(facts, "made_in_country"), facts


def test_a_copy_word_set_off_after_a_name_still_copies_the_topic(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The BMP-1 was common. The BVP-1, a Czechoslovak copy, was exported.", "en")
    assert ("BVP-1", "derived_from", "BMP-1") in facts, facts
