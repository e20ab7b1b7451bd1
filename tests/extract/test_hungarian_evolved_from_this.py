"""Hungarian "ebből fejlődött ki" ("from this evolved", the verb without an agent) points back at the design named
before it as the original of the name after it, as "ebből fejlesztették ki" ("from this they developed") did.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "A T-54-es harckocsi 1947-től szolgált a hadseregben. Néhány változtatással ebből fejlődött ki a T-55.",
    "A T-54-es harckocsi megbízható volt, és ebből alakult ki a T-55.",
])
def test_the_design_from_this_evolved_is_derived_from_the_one_before(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "hu")
    assert ("T-55", "derived_from", "T-54") in facts, facts
