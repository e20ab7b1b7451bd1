"""A design of a state that broke up (Yugoslavia, the Soviet Union, Czechoslovakia), going to several of the states
on that state's land, is its stock shared out, no export, where the sentence names no seller; a sale one of those
states makes to another, a delivery to one of them alone, and an export anywhere else, stay exports.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_stock_shared_out_is_no_export(extractor: Extractor) -> None:
    text = ("The M-84 was built in Yugoslavia. After the breakup these tanks ended up in the arsenals of Serbia, "
            "Croatia and Slovenia. Some were exported to Kuwait.")
    facts = facts_of(extractor, text, "en")
    assert not [f for f in facts if f[1] == "exported_to" and f[2] in {"Serbia", "Croatia", "Slovenia"}], facts
    assert ("M-84", "exported_to", "Kuwait") in facts, facts


def test_soviet_stock_left_in_its_republics(extractor: Extractor) -> None:
    text = "The T-72 was built in the Soviet Union. After 1991 these tanks were delivered to Ukraine and Belarus."
    facts = facts_of(extractor, text, "en")
    assert not [f for f in facts if f[1] == "exported_to"], facts


def test_a_delivery_to_one_of_them_alone_stays(extractor: Extractor) -> None:
    text = "The T-72 was built in the Soviet Union. In 2022 these tanks were delivered to Ukraine."
    facts = facts_of(extractor, text, "en")
    assert ("T-72", "exported_to", "Ukraine") in facts, facts


def test_a_sale_between_the_new_states_stays(extractor: Extractor) -> None:
    text = "The M-84 was built in Yugoslavia. In 2005 Serbia sold M-84 tanks to Bosnia and Herzegovina."
    facts = facts_of(extractor, text, "en")
    assert ("M-84", "exported_to", "Bosnia and Herzegovina") in facts, facts
