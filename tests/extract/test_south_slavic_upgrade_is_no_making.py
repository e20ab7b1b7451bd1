"""South Slavic, Bulgarian and Macedonian: units upgraded at a plant were not made there.

"modernizovani u fabrici ...", "модернизирани в завода ...": a sentence of modernisation with no word of making
says nothing of where the design is made nor by whom, as a sentence of overhaul does. Each sentence was written
for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Avioni MiG-29 modernizovani su u fabrici u Belorusiji.", "sr"),
    ("Хеликоптерите Ми-17 бяха модернизирани в завода в Украйна.", "bg"),
    ("Tenkovi T-72 modernizirani su u tvornici u Poljskoj.", "hr"),
    ("Хеликоптерите Ми-24 беа модернизирани во фабрика во Грузија.", "mk"),
])
def test_no_place_of_making(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] in {"made_in_country", "manufactured_by"}], facts


def test_a_word_of_making_still_places_the_upgraded_version(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Modernizirani tenk T-72M4 proizveden je u Poljskoj.", "hr")
    assert ("T-72M4", "made_in_country", "Poland") in facts, facts
