"""Where the place opens the clause and the verb of making follows it ("V Martine sa vyrábali tanky", "W Radomiu
produkowano karabinki", "V Plzni se vyráběly tanky"), the town is where the design is made, as in the other order
("produkowano w Radomiu"). Only the verb right after the town counts (one word at most between: a reflexive "sa",
"się"): a town before a word of deciding or signing says nothing of where the design is made.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "product", "country"), [
    ("V Martine sa vyrábali tanky T-54 už koncom päťdesiatych rokov.", "sk", "T-54", "Slovakia"),
    ("W Radomiu wytwarzano karabinki AKMS przez wiele lat.", "pl", "AKMS", "Poland"),
    ("V Plzni se vyráběly tanky T-34 až do roku 1958.", "cs", "T-34", "Czech Republic"),
])
def test_town_before_the_verb_is_the_place_of_making(extractor: Extractor, text: str, lang: str, product: str,
                                                     country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (product, "made_in_country", country) in facts, facts


def test_town_before_a_word_of_signing_is_no_place(extractor: Extractor) -> None:
    facts = facts_of(extractor, "W Warszawie podpisano umowę na wytwarzanie T-72.", "pl")
    assert ("T-72", "made_in_country", "Poland") not in facts, facts
