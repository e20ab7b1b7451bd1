"""French "comme" (like) is read only as the whole word: with up to four letters more, as the matcher lets a long
word inflect, it is "commande" (order) or "commença" (began), and a sentence opening with one of those set its
first name aside as a thing compared. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "Commandé en 1964, le MiG-21FL, version du MiG-21, fut construit en Inde par HAL.",
    "Commencé en 1964, le MiG-21FL, version du MiG-21, fut construit en Inde par HAL.",
])
def test_a_word_of_ordering_that_opens_the_sentence_compares_nothing(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "fr")
    assert ("MiG-21FL", "derived_from", "MiG-21") in facts, facts
    assert ("MiG-21FL", "made_in_country", "India") in facts, facts


def test_like_still_sets_the_name_it_opens_with_aside(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Comme le MiG-21, le J-7 fut construit en Chine dans les années 1960.", "fr")
    assert ("MiG-21", "made_in_country", "China") not in facts, facts
