"""A word of copies or versions whose "of" is followed by a name, known or not ("Romanian copies of Soviet Yaks"),
has its original there: the names of a list before it are no copy and original of each other. Sentences of our
own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of, objects


@pytest.mark.parametrize("text", [
    "The plant overhauled Polish T-72 tanks, Czech OT-64 carriers and Romanian copies of Soviet Yaks.",
    "Egypt built Walther P1 pistols, Helwan 920 pistols and local copies of Italian Berettas.",
])
def test_names_of_a_list_before_are_no_lineage(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert objects(facts, "derived_from") == [], facts


@pytest.mark.parametrize(("text", "copy", "original"), [
    # the one name right before the word, nothing capitalised after its "of", is the original still
    ("The Type 56 was made in China, an AK-47 copy of good quality.", "Type 56", "AK-47"),
    ("Egypt built the Misr, a local copy of the AKM.", "Misr", "AKM"),
])
def test_an_original_still_found_where_it_is_named(extractor: Extractor, text: str, copy: str,
                                                    original: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert (copy, "derived_from", original) in facts, facts
