"""A gloss in brackets inside a maker's name ("the Zastava (Banner) Arms factory") leaves one maker, the one named
before it: the words after the brackets are the rest of its name, not a second maker. Sentences of our own; they
prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of, objects


def test_the_words_after_a_gloss_are_no_maker_of_their_own(extractor: Extractor) -> None:
    text = "A manager of the Zastava (Banner) Arms factory in Kragujevac said the M70 rifles were made there."
    makers = objects(facts_of(extractor, text, "en"), "manufactured_by")
    assert makers == ["Zastava Arms"]
