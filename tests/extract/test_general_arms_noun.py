"""A country's adjective on a word for arms in general ("Russian weapons") that opens a sentence names no design: it
is not read as the design the text spoke of before, as "The Soviet tank ..." is."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang", [
    ("The Su-27 first flew in 1977. Soviet weapons spread all over the world during the Cold War.", "en"),
    ("Su-27は1977年に初飛行した。ソ連製兵器の多くは冷戦期に各地へ広まった。", "ja"),
    ("Su-27 ilk kez 1977'de uçtu. Sovyet silahları Soğuk Savaş yıllarında her yere yayıldı.", "tr"),
])
def test_arms_in_general_are_no_design(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("Su-27", "made_in_country", "Soviet Union") not in facts, facts


def test_a_kind_of_product_still_points_back(extractor):
    facts = facts_of(extractor, "The QZ-9 first flew in 1977. The Polish fighter entered service in 1980.", "en")
    assert ("QZ-9", "made_in_country", "Poland") in facts, facts
