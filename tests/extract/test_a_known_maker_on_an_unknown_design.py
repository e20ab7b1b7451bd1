"""A maker the registry knows, written right before the designation of a design it does not know ("a Norinco QBZ-95"),
is that design's maker; a design bureau's name so written is not (it designs), nor is a maker's name on a design the
registry knows under its own names."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_known_maker_right_before_an_unknown_design(extractor):
    text = "Las tropas recibieron también fusiles chinos Norinco QBZ-95 en pequeñas cantidades."
    facts = facts_of(extractor, text, "es")
    assert ("QBZ-95", "manufactured_by", "Norinco") in facts, facts


def test_a_bureau_before_a_known_design_makes_nothing(extractor):
    text = "Die Luftwaffe flog damals die Mikojan-Gurewitsch MiG-29 in zwei Staffeln."
    facts = facts_of(extractor, text, "de")
    assert not any(r == "manufactured_by" for _, r, _ in facts), facts
