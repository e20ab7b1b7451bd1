"""Japanese, where the verb ends its clause: production papers or technology a design owns ("AKMの設計図", the
AKM's blueprints) before a word of trade in the same clause are what changed hands; the design itself was not
exported there.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_papers_obtained_are_no_export(extractor: Extractor) -> None:
    facts = facts_of(extractor, "AKMの設計図は1958年に北朝鮮が入手した。", "ja")
    assert ("AKM", "exported_to", "North Korea") not in facts, facts


def test_the_design_itself_bought_is_still_an_export(extractor: Extractor) -> None:
    facts = facts_of(extractor, "北朝鮮はソ連からAKMを輸入した。", "ja")
    assert ("AKM", "exported_to", "North Korea") in facts, facts
