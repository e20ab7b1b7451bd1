"""A name the registry files under the design's name with words for its kind ("WZ-211" under "Type 63 amphibious
tank") is still another name of the design the text calls by the short name ("Type 63"): the alias is the name as
written, not dropped as the design named twice. Sentences of our own."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_the_other_name_as_written(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Type 63 is also known as the WZ-211.", "en")
    assert ("Type 63", "alias_of", "WZ-211") in facts


def test_the_same_name_with_its_kind_word_is_no_alias(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Type 59 tank, also known as the Type 59, was made in Baotou.", "en")
    assert not [f for f in facts if f[1] == "alias_of"]
