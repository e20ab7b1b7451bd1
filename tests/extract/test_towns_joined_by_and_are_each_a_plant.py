"""Towns a word for "and" joins after the town of a plant ("at two works, in Tula and Izhevsk") are each where the
design is made, each a plant named by its town."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_each_town_of_a_list_after_a_plant_word_is_a_plant(extractor):
    facts = facts_of(extractor, "For years the AKM was turned out at two factories, in Tula and Izhevsk.", "en")
    assert ("AKM", "manufactured_by", "Tula plant") in facts, facts
    assert ("AKM", "manufactured_by", "Izhevsk plant") in facts, facts


def test_a_name_after_and_that_is_no_town_is_no_plant(extractor):
    # (a capitalised word after "and" that names no town stays what it is)
    text = "For years the AKM was turned out at a factory in Tula and Rosoboronexport sold it."
    facts = facts_of(extractor, text, "en")
    assert ("AKM", "manufactured_by", "Tula plant") in facts, facts
    assert not any(o.endswith(" plant") and o != "Tula plant" for _, _, o in facts), facts
