"""A design made in a state of the past that goes to a state on that state's land, in a sentence naming no seller
outside those lands, was moved inside one country or inherited: no export. A sale by another country stays one.

The sentences were written for these tests.
"""

from __future__ import annotations

from .conftest import facts_of


def test_a_yugoslav_design_sent_to_depots_in_its_republics_is_no_export(extractor) -> None:
    text = ("The M-84 tank was built in Yugoslavia. Before the war, some M-84 tanks were shipped to army depots in "
            "Slovenia and Croatia.")
    facts = facts_of(extractor, text, "en")
    assert ("M-84", "made_in_country", "Yugoslavia") in facts, facts
    assert not any(r == "exported_to" for _, r, _ in facts), facts


def test_a_sale_by_another_country_stays_an_export(extractor) -> None:
    text = "The MiG-29 was built in the Soviet Union. In 2023 Poland delivered several MiG-29 fighters to Ukraine."
    facts = facts_of(extractor, text, "en")
    assert ("MiG-29", "exported_to", "Ukraine") in facts, facts
