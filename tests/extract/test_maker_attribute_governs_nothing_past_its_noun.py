"""A participle of making set before a name as its attribute, its maker marked as the doer ("das von Valmet
hergestellte Gewehr RK 62", "Valmetin valmistama kivääri RK 62"), governs nothing past its noun: a country after the
name belongs to the main verb (offered for sale there, seen there), not to the making. A finite verb of making with
its maker as the subject ("Valmet valmisti RK 62:n Suomessa") still makes the design in the country after it.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Das von Valmet hergestellte Sturmgewehr RK 62 wurde später in Syrien zum Verkauf angeboten.", "de"),
    ("Valmetin valmistama kivääri RK 62 löydettiin viime vuonna Syyriassa.", "fi"),
])
def test_a_country_after_the_attributed_name_is_no_place_of_making(extractor: Extractor, text: str,
                                                                    lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("RK 62", "manufactured_by", "Valmet") in facts, facts
    assert ("RK 62", "made_in_country", "Syria") not in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Valmet valmisti rynnäkkökiväärin RK 62 Suomessa.", "fi"),
    ("Die Firma Valmet fertigte das Gewehr RK 62 in Finnland.", "de"),
])
def test_a_finite_verb_of_making_keeps_its_place(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("RK 62", "made_in_country", "Finland") in facts, facts
