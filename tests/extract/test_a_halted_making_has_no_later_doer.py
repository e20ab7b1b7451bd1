"""A word that ends the making ("ceased", "terminou", "cessou") closes its clause: a country after it that no word
of place nor agent governs is the doer of a later clause ("... when the Israelis bombed the plant"), not where the
design was made, also where that clause names the plant after it. A country a word of place governs after the
ending still is."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("O fuzil Zolfa foi feito no Iraque. A produção do Zolfa terminou quando os israelenses bombardearam a usina.",
     "pt", "Israel"),
    ("A fabricação do fuzil Zolfa cessou quando os americanos atacaram a fábrica.", "pt", "United States"),
])
def test_the_bomber_is_no_maker(extractor: Extractor, text: str, lang: str, country: str) -> None:
    assert ("Zolfa", "made_in_country", country) not in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("A produção do fuzil Zolfa terminou em 1991 no Iraque.", "pt"),
])
def test_a_place_after_the_ending_is_kept(extractor: Extractor, text: str, lang: str) -> None:
    assert ("Zolfa", "made_in_country", "Iraq") in facts_of(extractor, text, lang)
