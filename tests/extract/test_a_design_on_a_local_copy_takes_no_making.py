"""A maker abroad that makes a design is moved to the one copy of it the text names only where that copy stands on
the design itself: a later design the registry builds on the country's own copy (a recovery vehicle on the Polish
T-55) is no copy of the design, and the making stays with the design."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_making_stays_with_the_design_not_a_vehicle_on_its_local_copy(extractor):
    text = ("The Bumar-Łabędy works turned out T-55 tanks for the Polish army. "
            "It later also made the WZT-2 armoured recovery vehicle.")
    facts = facts_of(extractor, text, "en")
    assert ("T-55", "manufactured_by", "Bumar-Łabędy") in facts, facts


def test_a_copy_of_the_design_itself_still_takes_the_making(extractor):
    # (the J-11 stands on the Su-27 with no Chinese design between: the Chinese maker's making is the J-11's)
    text = ("In 1998 the Shenyang Aircraft Corporation began to assemble the Su-27 from Russian kits. "
            "China called these fighters the J-11.")
    facts = facts_of(extractor, text, "en")
    assert ("Su-27", "manufactured_by", "Shenyang Aircraft Corporation") not in facts, facts
