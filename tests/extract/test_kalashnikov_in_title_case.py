"""Writers who set designations in title case ("Akm", "Ak47", "Ak-74") name the Kalashnikov models; "Ak" needs its
dash or its digits glued on, as the Swedish rifles "Ak 4" and "Ak 5" are no Kalashnikovs."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Negli anni Settanta i rumeni iniziarono a produrre Akm su licenza.", "it", ("AKM", "made_in_country", "Romania")),
    ("Gli Ak47 dell'esercito erano di produzione sovietica.", "it", ("AK-47", "made_in_country", "Soviet Union")),
    ("La Cina produsse Ak-74 senza licenza.", "it", ("AK-74", "made_in_country", "China")),
])
def test_title_case_models(extractor: Extractor, text: str, lang: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


def test_a_spaced_number_is_no_kalashnikov(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Sverige tillverkade Ak 5 på licens.", "sv")
    assert not {f for f in facts if f[0].startswith("AK")}
