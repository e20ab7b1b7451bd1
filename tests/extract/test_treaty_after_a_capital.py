"""A capital's adjective before a word of a treaty names the treaty ("Varšavská smlouva", the Warsaw Treaty), not the
state whose seat the capital is; Czech and Slovak write the treaty's second word in lower case, so the capital letter
that marks "Warsaw Pact" as a longer name is not there. The treaty word is a word of trade itself, so the capital
stood within reach of one in every such sentence.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "buyer"), [
    ("cs", "Tank T-72 vyvážel Sovětský svaz do zemí Varšavské smlouvy a do Indie.", "India"),
    ("cs", "Vrtulník Mi-8 byl dodán státům Varšavské smlouvy i Egyptu.", "Egypt"),
])
def test_the_treaty_a_capital_names_is_no_buyer(extractor: Extractor, lang: str, text: str, buyer: str) -> None:
    facts = facts_of(extractor, text, lang)
    exports = {o for _, r, o in facts if r == "exported_to"}
    assert buyer in exports and "Poland" not in exports, facts


def test_a_capital_alone_beside_a_word_of_trade_still_stands_for_its_state(extractor: Extractor) -> None:
    # (the treaty word after the capital was what made it part of a name; here a word of selling governs it)
    facts = facts_of(extractor, "Moskva prodala Varšavě v roce 1978 tanky T-72.", "cs")
    assert ("T-72", "exported_to", "Poland") in facts, facts
