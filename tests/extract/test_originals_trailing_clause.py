"""A making read past a comma right after the original a derivation names ("a copy of the SVD, made since 1963 at
the Izhmash plant") is the original's, which the sentence reads as made there too, not the copy's named before it;
a making the original is not read to have stays the copy's. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Type 85 is a Chinese copy of the Soviet SVD rifle, designed by Dragunov and made since 1963 at the "
           "Izhmash plant in Izhevsk."),
    ("it", "Il Type 85 è una copia cinese del fucile sovietico SVD, progettato da Dragunov e prodotto dal 1963 nella "
           "fabbrica Izhmash di Izhevsk."),
])
def test_the_originals_making_past_its_comma_is_not_the_copys(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Type 85", "manufactured_by", "Izhmash") not in facts, facts
    assert ("Type 85", "made_in_country", "Soviet Union") not in facts, facts
    assert ("Type 85", "made_in_country", "China") in facts, facts


def test_a_making_only_the_copy_can_have_stays_the_copys(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Type 85 is a copy of the SVD, built by Norinco since 1985.", "en")
    assert ("Type 85", "manufactured_by", "Norinco") in facts, facts
