"""A word of making written as one word with a country's adjective ("German-made", "Soviet-built") describes the name
or noun right after it, not a name elsewhere in the sentence; a maker's country, with no word of making in the
sentence, says nothing of where a product was made. Sentences of our own."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "The Czech T-72 tanks are to be succeeded by German-built Leopard 2A6 tanks.",
    "The Slovak army may swap its T-72M1 tanks for Swedish-built CV90 vehicles.",
])
def test_a_glued_making_is_of_the_words_after_it(full_extractor: Extractor, text: str) -> None:
    facts = facts_of(full_extractor, text, "en")
    assert not [f for f in facts if f[1] == "made_in_country" and f[2] in {"Germany", "Sweden"}], facts


@pytest.mark.parametrize(("text", "fact"), [
    # guards: on the name right after it, and said of the subject
    ("Iraq used Chinese-made Type 69 tanks.", ("Type 69 tank", "made_in_country", "China")),
    ("The MiG-21 was Soviet-made.", ("MiG-21", "made_in_country", "Soviet Union")),
])
def test_a_glued_making_still_places_its_own_name(full_extractor: Extractor, text: str,
                                                  fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(full_extractor, text, "en")


def test_a_makers_country_alone_places_no_making(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The Hungarian arsenal may soon take in Slovak M-84 tanks.", "en")
    assert ("M-84", "made_in_country", "Hungary") not in facts, facts
