"""A word that is "of" as well as "from" (Spanish, Portuguese, French "de") between a design and a country names the
owner where the registry makes the design's line only elsewhere; a country that makes the line is still its source."""

from __future__ import annotations

from .conftest import facts_of


def test_owner_after_de(extractor):
    facts = facts_of(extractor, "Un tanque T-62 de Angola durante un desfile militar.", "es")
    assert ("T-62", "made_in_country", "Angola") not in facts, facts


def test_maker_of_the_line_after_de(extractor):
    facts = facts_of(extractor, "Un tanque T-54 de Polonia durante un desfile militar.", "es")
    assert ("T-54", "made_in_country", "Poland") in facts, facts
