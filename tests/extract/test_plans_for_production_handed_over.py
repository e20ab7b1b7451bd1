"""Plans for production handed over ("the plans for production of", "les plans de production du", "die Pläne zur
Produktion des", "i piani per la produzione del") are production documents: the giver licensed the design to the
receiver; the design was not sold."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("In 1968 the Soviet Union handed Egypt the plans for the production of the RPG-7.", "en"),
    ("En 1968, l'Union soviétique a livré à l'Égypte les plans de production du RPG-7.", "fr"),
    ("1968 übergab die Sowjetunion Ägypten die Pläne zur Produktion des RPG-7.", "de"),
    ("Nel 1968 l'Unione Sovietica consegnò all'Egitto i piani per la produzione del RPG-7.", "it"),
])
def test_the_plans_are_a_licence(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("RPG-7", "licence_status", "licensed") in facts, facts
    assert not any(r == "exported_to" for _, r, _ in facts), facts
