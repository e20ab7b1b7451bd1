"""A word of making in a relative clause that commas set off right after a name ("der BMP-1, der in der Sowjetunion
gefertigt wurde, ...") makes nothing in a place the main clause names after the clause closes ("steht im Irak weiter
im Dienst"); a place the main clause's own word of making governs stays one.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "place", "used"), [
    ("de", "Der BMP-1, der in der Sowjetunion gefertigt wurde, steht im Irak – teils modernisiert – weiter im Dienst.",
     "Soviet Union", "Iraq"),
])
def test_a_place_after_the_relative_clause_is_no_place_of_making(extractor: Extractor, lang: str, text: str,
                                                                  place: str, used: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("BMP-1", "made_in_country", place) in facts, facts
    assert ("BMP-1", "made_in_country", used) not in facts, facts


def test_the_main_clause_making_keeps_its_place(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Der BMP-1, der in der Sowjetunion entstand, wurde auch in der Tschechoslowakei "
                                "gefertigt.", "de")
    assert ("BMP-1", "made_in_country", "Czechoslovakia") in facts, facts
