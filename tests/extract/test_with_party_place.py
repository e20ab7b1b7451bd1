"""A country a word for "with" governs, where the word precedes its noun, is a party of the making, not its place."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang", [
    ("Die Fertigung des QR-40 lief trotz des Streits mit der Sowjetunion weiter.", "de"),
    ("Making of the QR-40 carried on in spite of the quarrel with the Soviet Union.", "en"),
    ("La fabricación del QR-40 siguió pese a la disputa con la Unión Soviética.", "es"),
    ("La fabbricazione del QR-40 proseguì nonostante la lite con l'Unione Sovietica.", "it"),
])
def test_with_names_no_place_of_making(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("QR-40", "made_in_country", "Soviet Union") not in facts, facts


def test_a_place_beside_the_party_stays(extractor):
    facts = facts_of(extractor, "Making of the QR-40 carried on in Romania in spite of the quarrel with the Soviet "
                                "Union.", "en")
    assert ("QR-40", "made_in_country", "Romania") in facts, facts
    assert ("QR-40", "made_in_country", "Soviet Union") not in facts, facts
