"""A version word whose name a naming word gives through a relative word, a country's name set right after the
word where adjectives follow their noun ("versi Tiongkok yang dinamai J-7"): the name is the version, made where
that country is, and the design named before is its original, not made there."""

from __future__ import annotations

from .conftest import facts_of


def test_indonesian_version_named_through_yang(extractor) -> None:
    facts = facts_of(extractor, "Pada tahun 1961 Tiongkok membeli MiG-21 dan kemudian membuat versi Tiongkok "
                                "yang dinamai J-7.", "id")
    assert ("Chengdu J-7", "derived_from", "MiG-21") in facts
    assert ("Chengdu J-7", "made_in_country", "China") in facts
    assert ("MiG-21", "made_in_country", "China") not in facts

