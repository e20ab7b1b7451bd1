"""A capitalised word no list knows, set off by an apposition that calls it a copy or version of another design
("the Falcon, a licensed version of the Soviet An-2"), names a design, as it does before a copula.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "name", "original"), [
    ("The air force flies the Kestrel, a licensed version of the Soviet An-2.", "Kestrel", "An-2"),
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
