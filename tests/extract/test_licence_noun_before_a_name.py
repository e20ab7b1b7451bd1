"""Where adjectives follow their noun, a licence word right before a name is the noun the name qualifies, a licence
for that design handed over ("memberikan lisensi MiG-21 kepada Tiongkok", gave China a licence for the MiG-21), not
a word on what was made ("licence-built MiG-21s")."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Pada tahun 1961 Uni Soviet memberikan lisensi MiG-21 kepada Tiongkok."),
    ("ms", "Pada tahun 1961 Kesatuan Soviet memberikan lesen MiG-21 kepada China."),
])
def test_a_licence_for_a_design_given_to_a_country(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("MiG-21", "licensed_by", "Soviet Union") in facts, facts
    assert ("MiG-21", "made_in_country", "Soviet Union") not in facts, facts
    assert ("MiG-21", "exported_to", "China") not in facts, facts


def test_a_licensed_design_exported_still_exports(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Poland exported licence-built T-72 tanks to Iraq.", "en")
    assert ("T-72", "exported_to", "Iraq") in facts, facts
