"""Where the word for "from" is also "of" (French, Spanish, Italian, Portuguese "de"), a country right after a word for
a government and that word is whose government it is ("le gouvernement de la Pologne"), no place a licence came from:
the government that acquires a licence takes it, the one that grants it gives it.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("En 1975, le gouvernement de la Pologne obtint de l'URSS une licence pour fabriquer le T-72.", "fr"),
    ("En 1975 el gobierno de Polonia consiguió de la URSS una licencia para fabricar el T-72.", "es"),
])
def test_the_government_that_acquires_a_licence_is_no_licensor(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-72", "licensed_by", "Soviet Union") in facts
    assert ("T-72", "licensed_by", "Poland") not in facts, facts


def test_the_government_that_grants_a_licence_still_gives_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "En 1975, le gouvernement de l'URSS accorda à la Pologne une licence du T-72.", "fr")
    assert ("T-72", "licensed_by", "Soviet Union") in facts
