"""Letters a design's registered name opens with are part of its designation, not an unknown maker before it."""
from __future__ import annotations

from .conftest import facts_of


def test_opening_letters_of_a_registered_name_make_nothing(extractor):
    facts = facts_of(extractor, "The PA Md.86 is a Romanian rifle based on the AK-74.")
    assert not [f for f in facts if f[1] == "manufactured_by"]
    assert ("PA md. 86", "made_in_country", "Romania") in facts


def test_opening_letters_in_a_spanish_heading(extractor):
    facts = facts_of(extractor, "PA Md.86 (Rumanía)\nEste fusil rumano es una versión del AK-74 con otra culata.")
    assert ("PA md. 86", "manufactured_by", "PA") not in facts


def test_a_known_maker_before_a_designation_still_makes_it(extractor):
    facts = facts_of(extractor, "The Norinco Type 56 rifle was China's own copy of the AK-47.")
    assert ("Type 56", "manufactured_by", "Norinco") in facts
