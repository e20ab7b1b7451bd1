"""A bare word of approval is no licence: "die Regierung genehmigte die Lieferung" approves a delivery, it makes
nothing in Germany. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of, objects


def test_an_approved_delivery_makes_nothing_where_it_was_approved(extractor: Extractor) -> None:
    text = "Die deutsche Regierung genehmigte im Mai die Lieferung tschechischer MiG-29 an die Slowakei."
    facts = facts_of(extractor, text, "de")
    assert "Germany" not in objects(facts, "made_in_country"), facts
    assert objects(facts, "licence_status") == [], facts
    assert "Slovakia" in objects(facts, "exported_to"), facts


def test_an_approved_copy_is_still_licensed(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Polen baute den T-72 als genehmigten Nachbau.", "de")
    assert ("T-72", "licence_status", "licensed") in facts, facts
