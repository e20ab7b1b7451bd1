"""A capitalised word no list knows, set off by an apposition that calls it a copy or version of another design
("the Falcon, a version of the Soviet An-2 built under licence"), names a design, as it does before a copula.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "name", "original"), [
    ("The air force flies the Kestrel, a version of the Soviet An-2 built under licence.", "Kestrel", "An-2"),
    ("The Borak, an unlicensed Iranian copy of the BMP-1, was shown in 1997.", "Borak", "BMP-1"),
    ("Workers at the plant assembled the Tempest \u2014 a local variant of the Mi-8 \u2014 until 1990.",
     "Tempest", "Mi-8"),
])
def test_an_apposition_of_copying_names_a_design(extractor: Extractor, text: str, name: str,
                                                 original: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert (name, "derived_from", original) in facts, facts


@pytest.mark.parametrize("text", [
    "Later, a copy of the MiG-21 appeared in Egypt.",
    "In Kerman, a copy of the MiG-21 was assembled.",
    "The plant, a successor of the old arsenal, built the MiG-21.",
])
def test_no_name_without_a_capitalised_subject_of_its_own(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert not [f for f in facts if f[1] == "derived_from"], facts


def test_a_word_of_copying_that_another_word_governs_names_nothing(extractor: Extractor) -> None:
    # (the copula's own phrase takes the word of copying as its object: no name is called a copy)
    for text, word in [("The Office of Machinery was made responsible for the development of an An-26 copy.",
                        "Machinery")]:
        facts = facts_of(extractor, text, "en")
        assert not [f for f in facts if f[0] == word], facts


@pytest.mark.parametrize(("text", "makers"), [
    ("The Mi-8 was built by the Qom Aircraft Company and Tabriz Helicopter Works.",
     {"Qom Aircraft Company", "Tabriz Helicopter Works"}),
])
def test_a_word_for_and_after_a_plant_word_opens_a_second_maker(extractor: Extractor, text: str,
                                                                 makers: set[str]) -> None:
    facts = facts_of(extractor, text, "en")
    assert {o for s, r, o in facts if r == "manufactured_by"} == makers, facts
