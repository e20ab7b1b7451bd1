"""A run of numbers slashes join after a design's name ("T-54/55/62") names a design under the same prefix for each
number, and a prefix written in the text's own spelling ("Typ-59/69") is read under the registry's too."""

from __future__ import annotations

from .conftest import facts_of


def test_each_number_of_a_run(extractor):
    facts = facts_of(extractor, "Over the years China built T-54/55/62 tanks in great numbers.", "en")
    for name in ("T-54", "T-55", "T-62"):
        assert (name, "made_in_country", "China") in facts, facts


def test_a_prefix_in_the_texts_own_spelling(extractor):
    facts = facts_of(extractor, "Über viele Jahre baute China Typ-59/69 Panzer in großer Zahl.", "de")
    made = {s for s, r, o in facts if r == "made_in_country" and o == "China"}
    assert any(s.startswith("Type 59") for s in made) and any(s.startswith("Type 69") for s in made), facts
