"""A licence the text gives a design made in a country is moved to the one copy of it the text makes there only
where that copy stands on the design itself: a later design the registry builds on the country's own copy of the
design (the PT-91 on the Polish T-72M1) is no licensed copy, and the licence stays with the design."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Od 1982 roku w Polsce budowano na licencji czołg T-72, oznaczony jako T-72M1. "
           "Dziesięć lat później armia przyjęła pierwsze czołgi PT-91."),
    ("en", "From 1982 Poland built the T-72 tank under licence, designated T-72M1. "
           "Ten years later the army took its first PT-91 tanks."),
])
def test_the_licence_stays_with_the_design_not_a_later_tank_on_its_local_copy(
        extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[0] == "PT-91 Twardy" and f[1] in {"licence_status", "licensed_by"}], facts
    assert [f for f in facts if f[1] == "licence_status" and f[0] in {"T-72", "T-72M1"}], facts
