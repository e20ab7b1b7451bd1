"""Two countries joined by "and" and an elided article ("la Syrie et l'Irak", "la Libia e l'Algeria") are one list:
the word of buying after them makes both buyers alike.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le BMP-1 est un blindé soviétique. Plus tard, la Libye et l'Algérie en ont acheté aussi."),
    ("fr", "Le BMP-1 est un blindé soviétique. La Libye et l’Algérie en ont également acquis."),
])
def test_both_members_buy(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    for country in ("Libya", "Algeria"):
        assert ("BMP-1", "exported_to", country) in facts, (country, facts)
