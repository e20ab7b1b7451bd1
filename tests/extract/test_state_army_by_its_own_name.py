"""An army whose own name names its state ("Nationale Volksarmee", "NVA": East Germany's, as "Sowjetarmee" is the
Soviet Union's) stands for that state where a design goes to it.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "Zwischen 1979 und 1989 wurden mehrere Hundert T-72 an die NVA ausgeliefert.",
    "Die Nationale Volksarmee erhielt ihre ersten T-72 aus der Sowjetunion.",
])
def test_the_army_of_east_germany_receives_for_its_state(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "de")
    assert ("T-72", "exported_to", "East Germany") in facts, facts
