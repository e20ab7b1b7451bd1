"""A word of selling before a long list of countries sends the product to every one of them, and a word inside a
country's name of several words ("Corée du Nord", "Corea del Nord") is part of the name, no cue of its own.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of

# (far enough down the list that the distance from the word of selling alone would drop the last ones)
_LAST = ("Vietnam", "Yemen", "Poland")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The MiG-23 was sold to Algeria, Angola, Bulgaria, Cuba, Egypt, Hungary, India, Iraq, Libya, Ethiopia, "
           "Syria, Vietnam, Yemen and Poland."),
    ("fr", "On a vendu le MiG-23 à Cuba, la Hongrie, l'Irak, la Bulgarie, l'Egypte, l'Inde, l'Angola, la Libye, "
           "l'Algérie, la Syrie, le Vietnam, le Yémen et la Pologne."),
])
def test_every_member_of_a_long_list_receives(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    for country in _LAST:
        assert ("MiG-23", "exported_to", country) in facts, (country, facts)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le MiG-23 a été vendu à la Libye, la Corée du Nord, l'Ethiopie et le Yémen."),
    ("es", "El MiG-23 fue vendido a Libia, Corea del Norte, Etiopía y Yemen."),
])
def test_a_word_inside_a_country_name_marks_no_seller(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    for country in ("North Korea", "Ethiopia", "Yemen"):
        assert ("MiG-23", "exported_to", country) in facts, (country, facts)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le MiG-23 a été vendu à la Libye, à la Corée du Nord, à l'Ethiopie et au Yémen."),
    ("fr", "Le MiG-23 a été vendu à la Corée du Nord et au Yémen."),
])
def test_a_letter_of_to_before_the_article_marks_a_recipient(extractor: Extractor, lang: str, text: str) -> None:
    # (where "au" marks one recipient, "à la" marks the others as surely: none of them is a seller)
    facts = facts_of(extractor, text, lang)
    assert ("MiG-23", "exported_to", "North Korea") in facts, facts


def test_a_letter_after_a_word_of_buying_marks_the_seller(extractor: Extractor) -> None:
    # (a guard: in Romance languages "comprar a" is "buy from": the name after it sold)
    facts = facts_of(extractor, "O Peru comprou à Rússia vários helicópteros Mi-17.", "pt")
    assert ("Mi-17", "exported_to", "Russia") not in facts, facts


def test_a_seller_the_list_opens_with_stays_a_seller(extractor: Extractor) -> None:
    # (a guard: the list after "from" stays where it came from)
    facts = facts_of(extractor, "Syria bought the MiG-23 from the Soviet Union.", "en")
    assert ("MiG-23", "exported_to", "Syria") in facts, facts
    assert ("MiG-23", "exported_to", "Soviet Union") not in facts, facts
