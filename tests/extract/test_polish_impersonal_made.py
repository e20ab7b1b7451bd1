"""Polish "zrobiono" (one made, was made) is a word of making: "z X zrobiono Y" makes Y out of X."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_made_out_of_another_design(extractor):
    text = "Z czołgu T-55 zrobiono wóz zabezpieczenia technicznego WZT-1."
    facts = facts_of(extractor, text, "pl")
    assert ("WZT-1", "derived_from", "T-55") in facts, facts
