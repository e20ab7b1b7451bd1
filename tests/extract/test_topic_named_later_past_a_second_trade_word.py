"""A sentence that names no design speaks of the text's topic even where the topic is first named in a later
sentence; a second word of trade in a clause of its own ("ordered 300, but got only 120") does not make that later
name the second clause's, so the buyer the first word names still bought the topic."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _exports(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t", lang) if f.relation == "exported_to"}


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Syria ordered 300 tanks, but in the end it got only 120. Its T-72 tanks later stood in depots.",
     "en", "Syria"),
    ("Sirija je naručila 300 tenkova, a na kraju ih je dobila samo 120. Njeni T-72 kasnije su stajali u skladištima.",
     "hr", "Syria"),
    ("Sirija je naročila 300 tankov, na koncu pa jih je prejela le 120. Njeni T-72 so pozneje stali v skladiščih.",
     "sl", "Syria"),
])
def test_the_first_buyer_bought_the_topic(extractor: Extractor, text: str, lang: str, country: str) -> None:
    assert ("T-72", country) in _exports(extractor, text, lang)
