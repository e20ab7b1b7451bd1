"""A clause that leaves out the verb of making of the clause before ("Poland built 400 and Czechoslovakia 600")
says its country made the design too."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("The Soviet Union designed the BMP-1. Romania built 400 and China 600.", "en"),
    ("Le BMP-1 fut conçu en URSS. La Roumanie en a fabriqué 400 et la Chine 600.", "fr"),
    ("La Unión Soviética diseñó el BMP-1. Rumanía fabricó 400 y China 600.", "es"),
    ("Il BMP-1 fu progettato in URSS. La Romania ne ha prodotti 400 e la Cina 600.", "it"),
])
def test_the_gapped_country_made_the_design(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("BMP-1", "made_in_country", "China") in facts


def test_a_country_with_a_verb_of_its_own_is_no_gap(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Romania built 400 BMP-1 vehicles and China bought 600.", "en")
    assert ("BMP-1", "made_in_country", "China") not in facts
