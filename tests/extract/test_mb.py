"""manufactured_by: a data sheet's field of makers, its label alone on a line and the names on the lines below."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of, objects

_SHEET = """T-62

Den T-62 baute man in den sechziger Jahren.
Entwurf 1958
{label}
  • UVZ (Sowjetunion)
  • Polen: Bumar-Łabędy
Stückzahl 20.000
"""


@pytest.mark.parametrize("label", ["Hersteller", "Hersteller:"])
def test_a_field_of_makers_on_the_lines_below_its_label(full_extractor: Extractor, label: str) -> None:
    makers = objects(facts_of(full_extractor, _SHEET.format(label=label), "de"), "manufactured_by")
    assert {"Uralvagonzavod", "Bumar-Łabędy"} <= set(makers), makers


def test_names_after_another_field_are_no_makers(full_extractor: Extractor) -> None:
    # guard case: a field of users below the field of makers names no maker
    text = """T-62

Den T-62 baute man in den sechziger Jahren.
Hersteller
  • UVZ (Sowjetunion)
Nutzer
  • Polen: Bumar-Łabędy
"""
    makers = objects(facts_of(full_extractor, text, "de"), "manufactured_by")
    assert "Bumar-Łabędy" not in makers, makers
