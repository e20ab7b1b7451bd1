"""Everyday words of trade, copying and making in the German, Dutch, Swedish and Romance files, found missing with
probe sentences.

These sentences were written for the tests: each proves that a word added to one language file reaches the scorer
(German "zur Verfügung gestellt", Dutch "ter beschikking", Swedish "till förfogande": made available, a transfer;
"abgekupfert", copied; French "de facture chinoise", made in China; "expédié", "despachó", "spedì", shipped;
"se dotó", "dotou-se de", equipped itself with, a purchase), never how well extraction does on real text (see
test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import assert_read, facts_of


@pytest.fixture(scope="module")
def extractor(small_extractor: Extractor) -> Extractor:
    return small_extractor


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Polen hat 200 T-72 an die Ukraine zur Verfügung gestellt.", "de", ("T-72", "exported_to", "Ukraine")),
    ("Die T-72 wurden an die Ukraine zur Verfügung gestellt.", "de", ("T-72", "exported_to", "Ukraine")),
    ("Die T-72 gelangten über Polen in die Ukraine.", "de", ("T-72", "exported_to", "Ukraine")),
    ("Der Typ 56 ist eine abgekupferte AK-47.", "de", ("Type 56", "derived_from", "AK-47")),
    ("Die J-7 wurde von der MiG-21 abgekupfert.", "de", ("J-7", "derived_from", "MiG-21")),
    ("Polen stelde T-72-tanks ter beschikking aan Oekraïne.", "nl", ("T-72", "exported_to", "Ukraine")),
    ("De T-72 werd aan Oekraïne ter beschikking gesteld.", "nl", ("T-72", "exported_to", "Ukraine")),
    ("Polen ställde T-72-stridsvagnar till Ukrainas förfogande.", "sv", ("T-72", "exported_to", "Ukraine")),
    ("Polen har ställt T-72-stridsvagnar till förfogande för Ukraina.", "sv", ("T-72", "exported_to", "Ukraine")),
    ("Les AK-47 de facture chinoise ont inondé le marché.", "fr", ("AK-47", "made_in_country", "China")),
    ("Des T-72 ont été expédiés en Irak.", "fr", ("T-72", "exported_to", "Iraq")),
    ("La URSS despachó T-72 a Irak.", "es", ("T-72", "exported_to", "Iraq")),
    ("La URSS traspasó T-72 a Irak.", "es", ("T-72", "exported_to", "Iraq")),
    ("L'URSS spedì T-72 in Iraq.", "it", ("T-72", "exported_to", "Iraq")),
    ("L'Iraq si dotò di T-72 sovietici.", "it", ("T-72", "exported_to", "Iraq")),
    ("Il Type 59 discende dal T-54.", "it", ("Type 59", "derived_from", "T-54")),
    ("A Polônia disponibilizou tanques T-72 à Ucrânia.", "pt", ("T-72", "exported_to", "Ukraine")),
    ("A URSS despachou T-72 para o Iraque.", "pt", ("T-72", "exported_to", "Iraq")),
    ("A URSS mandou T-72 para o Iraque.", "pt", ("T-72", "exported_to", "Iraq")),
    ("O Iraque dotou-se de T-72 soviéticos.", "pt", ("T-72", "exported_to", "Iraq")),
    ("O Iraque equipou-se com T-72.", "pt", ("T-72", "exported_to", "Iraq")),
])
def test_an_everyday_word_of_trade_or_making_is_read(extractor: Extractor, text: str, lang: str,
                                                      fact: tuple[str, str, str]) -> None:
    assert_read(facts_of(extractor, text, lang), fact, None)
