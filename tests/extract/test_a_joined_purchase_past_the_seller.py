"""A design a word for "and" joins to what a verb of buying takes, past the seller named after the first ("bought AKM
rifles from the USSR, as well as Chinese Type 56 rifles"), went to the buyer too; a design a later clause of its own
buyer takes did not."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Iraq bought AKM rifles from the USSR, as well as Chinese Type 56 rifles.", "en"),
    ("Iraq bought AKM rifles from the USSR and Chinese Type 56 rifles.", "en"),
    ("O Iraque comprou fuzis AKM da União Soviética, assim como fuzis chineses Tipo 56.", "pt"),
    ("Irak compró fusiles AKM a la Unión Soviética, así como fusiles chinos Tipo 56.", "es"),
    ("L'Irak a acheté des fusils AKM à l'URSS, ainsi que des fusils chinois Type 56.", "fr"),
    ("Der Irak kaufte AKM-Gewehre von der Sowjetunion sowie chinesische Type 56.", "de"),
])
def test_the_joined_design_went_too(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("AKM", "exported_to", "Iraq") in facts
    assert ("Type 56", "exported_to", "Iraq") in facts


def test_another_buyer_s_clause_is_its_own(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Iraq bought AKM rifles from the USSR, and Syria bought Type 56 rifles.", "en")
    assert ("Type 56", "exported_to", "Iraq") not in facts
