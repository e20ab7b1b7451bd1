"""The state a design is bought from, where it holds the design's rights, is where the design was made."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang, design, country", [
    ("In 1962 the republic ordered twenty MiG-21 fighters from the Soviet Union.", "en", "MiG-21", "Soviet Union"),
    ("Im Jahr 1970 kaufte Indien weitere MiG-21 von der Sowjetunion.", "de", "MiG-21", "Soviet Union"),
    ("Angkatan udara negara itu memesan 12 jet MiG-21 dari Uni Soviet.", "id", "MiG-21", "Soviet Union"),
    ("1970年该国从苏联进口了一批T-55坦克。", "zh", "T-55", "Soviet Union"),
])
def test_the_seller_holding_the_rights_made_it(extractor, text, lang, design, country):
    assert (design, "made_in_country", country) in facts_of(extractor, text, lang)


def test_a_seller_that_holds_no_rights_made_nothing(extractor):
    # Germany sold on howitzers that were not its own
    facts = facts_of(extractor, "In 1992 Finland bought 36 D-30 howitzers from Germany.", "en")
    assert ("D-30", "made_in_country", "Germany") not in facts


def test_a_list_bought_is_not_read(extractor):
    facts = facts_of(extractor, "Egypt bought T-55 tanks and MiG-21 fighters from Czechoslovakia.", "en")
    assert not [f for f in facts if f[1] == "made_in_country" and f[2] == "Czechoslovakia"]
