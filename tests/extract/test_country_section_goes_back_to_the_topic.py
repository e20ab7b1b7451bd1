"""Numbered headings that name countries one by one head sections: a section's sentence that names no design speaks
of the design the text is about, not of the last one the section before named. Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of

TEXT = """Kalashnikov copies around the world

The AKM was made under licence in many countries. The AKM is still common.

1. China
The Type 56 came from Norinco.

2. Egypt
Rifles were made at Maadi under licence.
"""


def test_the_new_section_speaks_of_the_topic(extractor: Extractor) -> None:
    facts = facts_of(extractor, TEXT, "en")
    assert ("AKM", "manufactured_by", "Maadi Company for Engineering Industries") in facts
    assert not any(s == "Type 56" and rel == "manufactured_by" for s, rel, _ in facts)
