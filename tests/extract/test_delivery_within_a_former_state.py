"""A design made in a state of the past that goes to states on that state's land, in a sentence naming no seller
and no year after the state ended, was moved inside one country or inherited: no export. A sale by another country,
one of those states selling to another, and a delivery years after the state ended stay exports.

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


def test_stock_shared_out_among_the_new_states_is_no_export(extractor) -> None:
    text = ("The M-84 was built in Yugoslavia. After the breakup these tanks were left in the depots of Serbia, "
            "Croatia and Slovenia. Some were exported to Kuwait.")
    facts = facts_of(extractor, text, "en")
    assert not [f for f in facts if f[1] == "exported_to" and f[2] in {"Serbia", "Croatia", "Slovenia"}], facts
    assert ("M-84", "exported_to", "Kuwait") in facts, facts


def test_soviet_stock_left_in_its_republics_is_no_export(extractor) -> None:
    text = "The T-72 was built in the Soviet Union. After 1991 these tanks were delivered to Ukraine and Belarus."
    facts = facts_of(extractor, text, "en")
    assert not [f for f in facts if f[1] == "exported_to"], facts


def test_a_delivery_years_after_the_state_ended_stays(extractor) -> None:
    text = "The T-72 was built in the Soviet Union. In 2022 these tanks were delivered to Ukraine."
    facts = facts_of(extractor, text, "en")
    assert ("T-72", "exported_to", "Ukraine") in facts, facts


def test_a_sale_between_the_new_states_stays(extractor) -> None:
    text = "The M-84 was built in Yugoslavia. Serbia sold M-84 tanks to Bosnia and Herzegovina."
    facts = facts_of(extractor, text, "en")
    assert ("M-84", "exported_to", "Bosnia and Herzegovina") in facts, facts
