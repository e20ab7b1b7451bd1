"""A known maker's name, or its possessive adjective ("Zastavina", Zastava's), right before the word for a design's
kind and its designation ("Zastavina puška M70") makes that design, where the design's own name opens with the
maker; a maker whose name the design's does not open with makes nothing so.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("hr", "Lovac je u šumi nosio staru Zastavinu pušku M70."),
    ("sr", "Ловац је у шуми носио стару Заставину пушку М70."),
    ("bs", "Policija je kod njega našla dvije Zastavine puške M70."),
])
def test_the_makers_possessive_names_the_maker(extractor: Extractor, lang: str, text: str) -> None:
    assert ("Zastava M70", "manufactured_by", "Zastava Arms") in facts_of(extractor, text, lang)


def test_a_maker_the_designs_name_does_not_open_with_makes_nothing(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Lovac je u šumi nosio staru Zastavinu pušku AK-47.", "hr")
    assert not [f for f in facts if f[1] == "manufactured_by"], facts
