"""Japanese puts the verb last and marks the doer with "が": a plant that "が製造した" after a clause of licensed
production made the design, it gave no licence ("…をライセンス生産し、HALが製造した"); and a version's noun that ends
its clause before "、" leaves the plant of the next clause to the version ("Y-5はAn-2のライセンス生産型で、
南昌飛機工廠が製造した"). Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text, product, maker", [
    ("インドはMiG-21をライセンス生産し、HALが製造した。", "MiG-21", "Hindustan Aeronautics Limited"),
    ("Y-5はAn-2のライセンス生産型で、南昌飛機工廠が製造した。", "Nanchang Y-5", "Nanchang Aircraft Factory"),
])
def test_doer_of_making_is_the_maker_not_the_licensor(extractor: Extractor, text: str, product: str,
                                                      maker: str) -> None:
    facts = facts_of(extractor, text, "ja")
    assert (product, "manufactured_by", maker) in facts, facts
    assert not any(r == "licensed_by" and o == maker for _, r, o in facts), facts


def test_licence_from_a_firm_still_read(extractor: Extractor) -> None:
    # a plain clause of licensed production, no doer named, still reads as licensed
    facts = facts_of(extractor, "ポーランドはT-72をライセンス生産した。", "ja")
    assert ("T-72", "licence_status", "licensed") in facts, facts
