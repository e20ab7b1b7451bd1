"""A word of the language file beats a known name read with an ending on the same span.

These sentences were written for the tests: each proves that a capitalised word of version ("Modernizat",
Romanian for modernised) is that word, not the Slovak T-72M2 "Moderna" declined, while a true declined form of the
name still names the tank; never how well extraction does on real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_capitalised_word_of_version_is_no_name(extractor: Extractor) -> None:
    text = "Varianta nouă s-a numit TAB-73 (cu M de la Modernizat) și avea motoare diesel."
    facts = facts_of(extractor, text, "ro")
    assert not any("Moderna" in subject for subject, _, _ in facts), facts


def test_declined_name_still_names_the_design(extractor: Extractor) -> None:
    text = "Tancul slovac T-72M2 Moderna a apărut în 1993. Modernei i s-a montat un tun nou în Slovacia."
    assert any("Moderna" in subject for subject, _, _ in facts_of(extractor, text, "ro"))
