"""A particle glued after a country's case ending (Finnish "-kin", "-kaan": "Laosiinkin", to Laos too) leaves the
name and its role to the ending before it.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "fact"), [
    ("Vanhoja T-55-vaunuja päätyi Angolaankin.", ("T-55", "exported_to", "Angola")),
    ("T-55-vaunuja vietiin myöhemmin Kuubaankin.", ("T-55", "exported_to", "Cuba")),
    ("T-55-vaunuja valmistettiin Puolassakin.", ("T-55", "made_in_country", "Poland")),
])
def test_a_name_with_a_particle_after_its_ending(extractor: Extractor, text: str,
                                                 fact: tuple[str, str, str]) -> None:
    facts = facts_of(extractor, text, "fi")
    assert fact in facts, facts


def test_a_name_with_its_ending_alone_is_read_as_before(extractor: Extractor) -> None:
    facts = facts_of(extractor, "T-55-vaunuja vietiin Angolaan.", "fi")
    assert ("T-55", "exported_to", "Angola") in facts, facts
