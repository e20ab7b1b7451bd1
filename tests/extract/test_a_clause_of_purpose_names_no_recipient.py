"""A word for "to" or "for" right before a word of sending opens a clause of purpose ("a proposal from Prague to
sell trainers"): the name before it is the one that sends, no place the design went.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "name", "country"), [
    ("En 1976 la junta aprobó el ofrecimiento de Checoslovaquia para vender 40 L-39.", "es", "L-39", "Czechoslovakia"),
    ("Il ministero valutò una proposta dell'Unione Sovietica per vendere 20 MiG-23.", "it", "MiG-23", "Soviet Union"),
    ("Le ministère étudia une proposition de l'Union soviétique pour vendre 20 MiG-23.", "fr", "MiG-23",
     "Soviet Union"),
])
def test_the_country_before_a_clause_of_sending_is_no_recipient(extractor: Extractor, text: str, lang: str,
                                                                name: str, country: str) -> None:
    assert (name, "exported_to", country) not in facts_of(extractor, text, lang)


def test_a_recipient_after_the_word_of_sending_still_is_one(extractor: Extractor) -> None:
    facts = facts_of(extractor, "La Unión Soviética vendió 36 Su-22 al Perú en 1976.", "es")
    assert ("Su-22", "exported_to", "Peru") in facts
    assert ("Su-22", "exported_to", "Soviet Union") not in facts


@pytest.mark.parametrize("text", [
    "وبدأت القوات الجوية الروسية تجهيز 8 طائرات ميغ-23 لتسليمها إلى السودان في العام القادم.",
    "جهزت روسيا 8 طائرات ميغ-23 لتصديرها إلى السودان.",
])
def test_an_arabic_masdar_of_sending_after_to_is_a_purpose(extractor: Extractor, text: str) -> None:
    # the clitic "to" on a verbal noun of handing over or exporting says what the readying was for: nothing went yet
    assert ("MiG-23", "exported_to", "Sudan") not in facts_of(extractor, text, "ar")


def test_an_arabic_sale_done_still_is_one(extractor: Extractor) -> None:
    assert ("MiG-23", "exported_to", "Sudan") in facts_of(extractor, "صدرت روسيا 8 طائرات ميغ-23 إلى السودان عام 1990.",
                                                           "ar")
