"""Serbian in Cyrillic: "али" (but) and "док" (while) open a clause of its own, as "ali" and "dok" do in Latin.

Each sentence was written for the test: a second clause that names a product of its own keeps its copy to itself.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Пиштољ CZ99 производио се у Застави, док је пиштољ М57 копија ТТ-33.", "sr"),
    ("Пиштољ CZ99 производио се у Застави, али пиштољ М57 је копија ТТ-33.", "sr"),
    ("Pištolj CZ99 proizvodio se u Zastavi, dok je pištolj M57 kopija TT-33.", "sr"),
])
def test_the_copy_stays_in_its_clause(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Zastava M57", "derived_from", "TT-33") in facts
    assert ("CZ99", "derived_from", "TT-33") not in facts
