"""A word for a factory, in a sentence with no word of making, says nothing of where the design the text goes on
to name was made, whether the text named that design before the sentence or names it only after: a place far
along the sentence (where an attack happened) is no place of making. Sentences of our own; they prove behaviour,
not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of

NAMED_AFTER = ("Директор фабрике „Застава оружје“ изјавио је јуче да је пушка употребљена у нападу изведеном у "
               "Паризу, 20. марта, раније била извезена у САД.\n\nРеч је о карабину М92.\n")


def test_a_factory_word_places_no_making_of_a_design_named_later(extractor: Extractor) -> None:
    facts = facts_of(extractor, NAMED_AFTER, "sr")
    assert ("Zastava M92", "exported_to", "United States") in facts
    assert not any(r == "made_in_country" and o == "France" for _, r, o in facts)


def test_a_word_of_making_still_places_the_design_named_later(extractor: Extractor) -> None:
    text = "Фабрика је пушку производила у Крагујевцу од 1992. године.\n\nРеч је о карабину М92.\n"
    facts = facts_of(extractor, text, "sr")
    assert ("Zastava M92", "made_in_country", "Serbia") in facts
