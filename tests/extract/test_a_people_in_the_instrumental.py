"""Where a passive's doer takes the instrumental, a people's word in the plural instrumental ("китайцами", by the
Chinese) is the doer as the country's name would be: the buyer of what a word of buying says was bought."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_bought_by_a_people(extractor):
    text = "Несколько танков Т-72, купленных китайцами в 1990 году, отправили на полигон."
    facts = facts_of(extractor, text, "ru")
    assert ("T-72", "exported_to", "China") in facts, facts


def test_an_adjective_in_the_instrumental_buys_nothing(extractor):
    text = "Танки Т-72 с китайскими двигателями купили в 1990 году."
    facts = facts_of(extractor, text, "ru")
    assert ("T-72", "exported_to", "China") not in facts, facts
