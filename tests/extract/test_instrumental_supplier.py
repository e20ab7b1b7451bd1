"""Where a passive's doer takes the instrumental with no preposition (Russian, Ukrainian, Czech, Slovak), a country in
that case right after a word of export is the one that sent, never where it went: "kits supplied by Russia".
A preposition that takes the instrumental in another sense ("with Russia") leaves the name as it was.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Китайский завод собрал Су-27 из наборов, поставленных Россией.", "ru"),
    ("Китай зібрав Су-27 з комплектів, поставлених Росією.", "uk"),
    ("Čína sestavila Su-27 ze souprav dodaných Ruskem.", "cs"),
    ("Čína zostavila Su-27 zo súprav dodaných Ruskom.", "sk"),
])
def test_a_country_in_the_instrumental_after_a_word_of_export_sent_it(extractor: Extractor, text: str,
                                                                       lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Su-27", "exported_to", "Russia") not in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Танки Т-72 поставлялись Индии.", "ru"),          # the dative: where they went
    ("Танки Т-72 поставлялись в Индию.", "ru"),
])
def test_a_recipient_in_another_case_still_gets_it(extractor: Extractor, text: str, lang: str) -> None:
    assert ("T-72", "exported_to", "India") in facts_of(extractor, text, lang)
