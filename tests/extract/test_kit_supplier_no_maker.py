"""A maker that ships kits or engines for another to assemble supplies parts: the assembler makes the product
("the design bureau sent the kits, the works put them together"). And a "by" that opens a phrase of time ("By
then", "By the end of 1990") is no passive's agent, and dates nothing. Sentences of our own; they prove behaviour,
not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "Su-30MKI fighters are made in India.\n\nBy then the Irkut Corporation had shipped 140 sets of kits to be put "
    "together at the HAL works in Nashik.",
    "Su-30MKI fighters are built in India. The Irkut Corporation will supply 40 more kits, to be assembled by HAL.",
])
def test_the_kits_supplier_makes_nothing(extractor: Extractor, text: str) -> None:
    makers = {o for _, r, o in facts_of(extractor, text, "en") if r == "manufactured_by"}
    assert "Irkut Corporation" not in makers, makers


def test_the_assembler_still_makes_it(extractor: Extractor) -> None:
    text = "The Su-30MKI is assembled by HAL at its plant in Nashik from kits."
    makers = {o for _, r, o in facts_of(extractor, text, "en") if r == "manufactured_by"}
    assert "Hindustan Aeronautics Limited" in makers, makers


def test_by_the_end_of_a_year_dates_no_introduction(extractor: Extractor) -> None:
    facts = facts_of(extractor, "By the end of 1990 the Su-27 had been built by KnAAPO in large numbers.", "en")
    assert ("Su-27", "introduced_year", "1990") not in facts, facts
