"""A text that names its one design in one sentence speaks of it from its first sentence; a design of another
field named in that same sentence ("bought American M1A2s, while its M-84s went to storage") is no second design
that leaves the text without a topic."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _exports(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t", lang) if f.relation == "exported_to"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Qatar bought 90 tanks in 1991. Later the state chose American M1A2 tanks, and its M-84 tanks went to "
     "storage.", "en"),
    ("Katar je leta 1991 kupil 90 tankov. Pozneje je država izbrala ameriške M1A2, tanki M-84 pa so šli v "
     "skladišča.", "sl"),
])
def test_the_field_s_design_is_the_topic(extractor: Extractor, text: str, lang: str) -> None:
    assert ("M-84", "Qatar") in _exports(extractor, text, lang)


def test_two_designs_of_the_field_still_leave_no_sole_subject(extractor: Extractor) -> None:
    text = "Qatar bought 90 tanks in 1991. Later the state chose the T-90, and its M-84 tanks went to storage."
    assert ("M-84", "Qatar") not in _exports(extractor, text, "en")
