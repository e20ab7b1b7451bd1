"""Goods prepared or offered for sale to a country have not been sold to it yet ("prepared for sale to Syria",
"подготовленные для продажи Сирии", "wystawione na sprzedaż"): a plan, no export."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


@pytest.mark.parametrize("text", [
    "Forty old T-72 tanks, prepared for overhaul and sale to Syria, will now stay with the army.",
    "Сорок старых танков Т-72, подготовленных для ремонта и продажи Сирии, останутся в армии.",
    "Czterdzieści czołgów T-72 przygotowanych do remontu i sprzedaży Syrii pozostanie w wojsku.",
    "Vierzig alte T-72 stehen zum Verkauf an Syrien bereit.",
    "The army put forty T-72 tanks up for sale to Syria last year.",
])
def test_tanks_readied_for_a_sale_are_not_exported(extractor: Extractor, text: str) -> None:
    assert not [f for f in extractor.extract_text(text, "t") if f.relation == "exported_to"]


def test_tanks_sold_after_being_prepared_are_exported(extractor: Extractor) -> None:
    text = "After an overhaul the T-72 tanks were sold to Syria in 1999."
    assert ("T-72", "Syria") in {(f.subject, f.object) for f in extractor.extract_text(text, "t")
                                 if f.relation == "exported_to"}
