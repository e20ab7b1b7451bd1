"""Hungarian says a party "had permission" with a possessive and a copula ("Lengyelországnak engedélye volt a T-72
gyártására", Poland had permission to make the T-72): a licence, held by the party in the dative.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "design", "holder"), [
    ("Lengyelországnak engedélye volt a T-72 gyártására.", "T-72", "Poland"),
    ("A MiG-21 gyártására Indiának engedélye volt.", "MiG-21", "India"),
])
def test_had_permission_is_a_licence(extractor: Extractor, text: str, design: str, holder: str) -> None:
    facts = facts_of(extractor, text, "hu")
    assert (design, "made_in_country", holder) in facts, facts
    assert any(f[0] == design and f[1] == "licence_status" and f[2] == "licensed" for f in facts), facts
