"""Of two names one sentence or heading speaks of equally, the first is the topic that a later sentence without a
name speaks of ("Su-27 / J-11" heads a page whose "them" are Su-27s), not the one named after it; across
sentences, the latest of two names spoken of equally often still is. Sentences of our own; they prove behaviour, not
quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_a_heading_of_two_names_is_about_the_first(extractor: Extractor) -> None:
    text = "Su-27 / J-11\n\nThe fighter was designed in the 1970s. China acquired seventy of them in the 1990s."
    facts = facts_of(extractor, text, "en")
    assert ("Su-27", "exported_to", "China") in facts, facts


def test_a_later_sentence_still_moves_the_topic_on(extractor: Extractor) -> None:
    text = "The Su-27 was designed in the 1970s. The J-11 was built in China. It was sold to Egypt."
    facts = facts_of(extractor, text, "en")
    assert ("Shenyang J-11", "exported_to", "Egypt") in facts, facts
