"""Polish calls an aircraft, a helicopter or a tank a "maszyna" (machine), as Czech and Slovak say "stroj": "te
maszyny" (these machines) speaks of the design named before, where it stands in the sentence. Sentences of our own;
they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "Czołg T-72M miał uboższe wyposażenie niż radzieckie wozy. W latach osiemdziesiątych Czechosłowacja "
    "produkowała te maszyny w Martinie na licencji ZSRR.",
    "Myśliwiec MiG-21F-13 służył długo w wielu armiach. Po latach Czechosłowacja budowała tę maszynę na licencji "
    "ZSRR w Vodochodach.",
])
def test_these_machines_take_the_licensor(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "pl")
    assert any(r == "licensed_by" and o == "Soviet Union" for _, r, o in facts)


def test_a_machine_gun_stays_a_machine_gun(extractor: Extractor) -> None:
    # (the exact forms leave the adjective of "karabin maszynowy" alone: the gun is what was made)
    facts = facts_of(extractor, "Karabin maszynowy PK produkowano w Polsce na licencji ZSRR.", "pl")
    assert any(r == "made_in_country" and o == "Poland" for _, r, o in facts)
