"""After a name and a comma, "the improved Y" names another design beside the first, no version of it ("the CJ-5,
the improved CJ-6A, ..."), while "an improved Y" says what the first is ("the Type 69, an improved Type 59").
Sentences of our own."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_a_definite_version_beside_a_name_is_no_original_of_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The works made the BT-5 trainer, the improved BT-8 still being made in 1999.", "en")
    assert ("BT-5", "derived_from", "BT-8") not in facts


def test_an_indefinite_version_says_what_the_name_is(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The T-62M, an improved T-62, was sent to Syria.", "en")
    assert ("T-62M", "derived_from", "T-62") in facts
