"""A place glued by a hyphen to a word of basis or making before a name ("Izhevsk-based Kalashnikov Concern") is a
compound adjective of that name, not a maker of its own."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_a_town_based_adjective_before_the_makers_name_is_no_maker(extractor):
    facts = set(facts_of(extractor, "The new AK-19 rifles are produced by Izhevsk-based Kalashnikov Concern.", "en"))
    makers = {o for _, r, o in facts if r == "manufactured_by"}
    assert "Kalashnikov Concern" in makers and not any(m.endswith("-based") for m in makers), facts


def test_a_town_based_adjective_before_a_name_in_a_wider_word_of_making(extractor):
    facts = set(facts_of(extractor, "Copies of the Makarov PM were made by Ruse-built Arsenal in small numbers.", "en"))
    assert not any(r == "manufactured_by" and o.endswith("-built") for _, r, o in facts), facts
