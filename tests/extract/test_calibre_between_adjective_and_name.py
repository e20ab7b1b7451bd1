"""A calibre between a country's adjective and a name ("l'obusier russe de 152 mm 2S33") is no word of a clause:
the adjective still qualifies the name after it.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text, lang, design, country", [
    ("Un obusier russe de 152 mm 2S19 Msta-S a été présenté au public en 1989.", "fr", "2S19", "Russia"),
    ("El obús soviético de 122 mm D-30 sigue en servicio en muchos ejércitos.", "es", "D-30", "Soviet Union"),
])
def test_adjective_reaches_past_a_calibre(extractor, text, lang, design, country):
    facts = facts_of(extractor, text, lang)
    assert any(s.startswith(design) and r == "made_in_country" and o == country for s, r, o in facts), facts
