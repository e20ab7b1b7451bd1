"""A country that copies a design, in a sentence after one about another design the registry makes elsewhere, makes
a copy of its own: the design spoken of before is not that copy, though the registry derives it from the same
original; and the licence the sentence gives the copy is not also that design's. Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_the_design_spoken_of_before_is_no_copy_a_foreign_country_makes(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Su-35 flew at the show in Zhuhai.\n\nChina has copied the Su-27 many times.",
                     "en")
    assert ("Su-35", "derived_from", "Su-27") not in facts
    assert ("Su-27 (Chinese copy)", "derived_from", "Su-27") in facts


def test_the_copys_missing_licence_is_not_the_design_spoken_of_before(extractor: Extractor) -> None:
    text = "The T-55 was built in India.\n\nPoland copied the T-72 without a licence."
    facts = facts_of(extractor, text, "en")
    assert ("T-72 (Polish copy)", "licence_status", "unlicensed") in facts
    assert ("T-55", "licence_status", "unlicensed") not in facts
    assert ("T-72", "derived_from", "T-55") not in facts
