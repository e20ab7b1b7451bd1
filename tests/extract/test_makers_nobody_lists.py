"""Makers the registry does not know, read from where they stand: the source of a licence ("under licence from
Voltavia", "licensed from Kamovex") is its licensor, and a word in capitals right before a word of making ("KMZ
started making ...", "ZVS later built ...") is the maker. Sentences and names of our own."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("text", "product", "licensor"), [
    ("The Ka-226 was assembled in Romania under licence from Kamovex.", "Ka-226", "Kamovex"),
    ("The IAR-99 trainer was built in Brasov under licence from Voltavia.", "IAR-99", "Voltavia"),
])
def test_the_source_of_a_licence_is_its_licensor(extractor: Extractor, text: str, product: str,
                                                 licensor: str) -> None:
    assert (product, "licensed_by", licensor) in facts_of(extractor, text, "en")


@pytest.mark.parametrize(("text", "product", "maker"), [
    ("KMZ started making the PKM-2 in 1981.", "PKM-2", "KMZ"),
    ("In 1966 ZVS later built the BVP-9 for the army.", "BVP-9", "ZVS"),
])
def test_a_name_in_capitals_before_a_word_of_making_is_the_maker(extractor: Extractor, text: str, product: str,
                                                                 maker: str) -> None:
    assert (product, "manufactured_by", maker) in facts_of(extractor, text, "en")


@pytest.mark.parametrize("text", [
    "Engineers built the PKM-2 prototype in 1981.",
    "The BVP-9 and the PKM-2 were made from older parts.",
    "NATO was told that the PKM-2 is produced in Kovrov.",
])
def test_no_maker_from_a_capital_that_only_opens_a_sentence(extractor: Extractor, text: str) -> None:
    assert not [f for f in facts_of(extractor, text, "en") if f[1] == "manufactured_by"]
