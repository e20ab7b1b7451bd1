"""Where the verb comes last, a licence word after "als NAME" ("baute den T-72 als M-84 in Lizenz") is the named
copy's: the original before the naming holds no licence of its own, as in "built the T-72 under licence as the
M-84". Without a naming the design made under licence holds it.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import CandidateFact, Extractor
from tests.extract.conftest import all_facts


def _licensed(facts: list[CandidateFact]) -> set[str]:
    return {f.subject for f in facts if f.relation == "licence_status" and f.object == "licensed"}


@pytest.mark.parametrize(("text", "lang"), [
    ("In den achtziger Jahren baute Jugoslawien den T-72 als M-84 in Lizenz.", "de"),
    ("In de jaren tachtig bouwde Joegoslavië de T-72 als M-84 in licentie.", "nl"),
])
def test_the_named_copy_holds_the_licence(extractor: Extractor, text: str, lang: str) -> None:
    facts = all_facts(extractor, text, lang)
    assert _licensed(facts) == {"M-84"}, facts


def test_without_a_naming_the_design_holds_it(extractor: Extractor) -> None:
    facts = all_facts(extractor, "In den achtziger Jahren baute Jugoslawien den T-72 in Lizenz.", "de")
    assert _licensed(facts) == {"T-72"}, facts
