"""A word that is both of trade and of moving a making ("transferred"), after a noun of making with its design
("making of the Lim-6 was later transferred to ..."), moves the making: the organisation it goes to makes the design;
nothing was sold. A verb of making followed by a transfer of the thing made is still a sale."""

from __future__ import annotations

from copytrace.extract import Extractor


def _makers(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t") if f.relation == "manufactured_by"}


def test_production_of_a_design_transferred_to_a_plant(extractor: Extractor) -> None:
    makers = _makers(extractor, "In 1970 production of the Lim-6 was later transferred to WSK Mielec.")
    assert any(s.endswith("Lim-6") and "Mielec" in o for s, o in makers)


def test_a_made_thing_transferred_to_a_dealer_is_sold(extractor: Extractor) -> None:
    makers = _makers(extractor, "Norinco produced the Type 81 and transferred it to Century Arms.")
    assert not any("Century" in o for _, o in makers)
