"""A word for "former" right before a state's name is part of the name: the word of place before it governs the
state as closely as without it ("u bivšoj Jugoslaviji"). Each sentence was written for the test."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Kuvajtski M-84AB proizveden je u bivšoj Jugoslaviji.", "hr"),
    ("Kuvajtski M-84AB proizveden je u nekadašnjoj Jugoslaviji.", "hr"),
    ("Кувајтски М-84АБ произведен је у бившој Југославији.", "sr"),
])
def test_the_former_state_is_where_it_was_made(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("M-84AB", "made_in_country", "Yugoslavia") in facts
    assert ("M-84AB", "made_in_country", "Kuwait") not in facts
