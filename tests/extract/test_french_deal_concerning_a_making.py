"""French "un contrat (un accord) portant sur / relatif à la production de": a making a deal is about, agreed on,
not done; the country that signed it is no place of making yet."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "Au printemps, l'Algérie a paraphé avec Moscou un contrat portant sur une fabrication locale du BMP-2.",
    "Au printemps, l'Algérie a paraphé un accord relatif à la fabrication du BMP-2 dans ses ateliers.",
])
def test_the_deal_is_no_making(extractor, text):
    facts = facts_of(extractor, text, "fr")
    assert ("BMP-2", "made_in_country", "Algeria") not in facts, facts


def test_a_making_begun_still_is_one(extractor):
    facts = facts_of(extractor, "En 1998, l'Algérie a commencé la fabrication du BMP-2 dans ses ateliers.", "fr")
    assert ("BMP-2", "made_in_country", "Algeria") in facts, facts
