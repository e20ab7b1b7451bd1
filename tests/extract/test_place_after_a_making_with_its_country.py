"""A noun of making with its own country's adjective ("de fabricación soviética") says where the thing was made; a
place named right after it ("... en Cuba") is where the thing is, not a second place of making."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "maker", "place"), [
    ("es", "Un tanque T-62 de fabricación soviética en Cuba, durante un desfile.", "Soviet Union", "Cuba"),
    ("fr", "Un char T-62 de fabrication soviétique en Syrie, lors d'un défilé.", "Soviet Union", "Syria"),
    ("pt", "Um tanque T-62 de fabricação soviética em Angola, durante um desfile.", "Soviet Union", "Angola"),
])
def test_place_after_made_adjective_is_no_maker(extractor, lang, text, maker, place):
    facts = facts_of(extractor, text, lang)
    assert ("T-62", "made_in_country", maker) in facts, facts
    assert ("T-62", "made_in_country", place) not in facts, facts


def test_plain_making_in_a_place_still_reads(extractor):
    facts = facts_of(extractor, "El tanque T-62 fue fabricado en Checoslovaquia.", "es")
    assert ("T-62", "made_in_country", "Czechoslovakia") in facts, facts
