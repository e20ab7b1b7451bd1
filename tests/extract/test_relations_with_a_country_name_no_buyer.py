"""A country a word for the relations between states governs ("relations with the United States", "les relations
avec les États-Unis", "i rapporti con gli Stati Uniti", "las relaciones con los Estados Unidos") is the other party of
those relations: it bought nothing the sentence sends."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Boxes of Type 59 pistols reached Angola in years when relations with the United States stayed cool.", "en"),
    ("Des caisses de pistolets Type 59 furent expédiées en Angola en des années où les relations avec les "
     "États-Unis restaient froides.", "fr"),
    ("Casse di pistole Type 59 furono spedite in Angola in anni in cui i rapporti con gli Stati Uniti restavano "
     "freddi.", "it"),
    ("Cajas de pistolas Type 59 fueron enviadas a Angola en años en que las relaciones con los Estados Unidos "
     "seguían frías.", "es"),
])
def test_the_other_party_bought_nothing(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("Type 59 pistol", "exported_to", "Angola") in facts, facts
    assert not any(o == "United States" for _, _, o in facts), facts
