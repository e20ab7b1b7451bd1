"""South Slavic "developed from": the active past of "razviti" and "nastati" with words between it and "iz".

A maker or a place often stands between the verb and its "iz" ("Jugoslavija je razvila M-84 iz T-72", "nastao je u
Jugoslaviji iz T-72"), and the verb may come after its object; each sentence here was written for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Jugoslavija je razvila M-84 iz sovjetskog T-72.", "hr"),
    ("Tenk M-84 razvila je Jugoslavija iz sovjetskog T-72.", "hr"),
    ("Tenk M-84, koji je Jugoslavija razvila iz T-72, imao je jači motor.", "hr"),
    ("Tenk M-84 nastao je u Jugoslaviji iz sovjetskog T-72.", "hr"),
    ("Југославија је развила М-84 из совјетског Т-72.", "sr"),
    ("Inženjeri su razvili M-84 iz T-72 tokom sedamdesetih.", "bs"),
    ("Jugoslavija je M-84 razvila prav iz T-72.", "sl"),
])
def test_developed_from_with_words_between(extractor: Extractor, text: str, lang: str) -> None:
    assert ("M-84", "derived_from", "T-72") in facts_of(extractor, text, lang)


def test_a_team_from_a_town_is_no_original(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Tenk M-84 razvio je tim inženjera iz Slavonskog Broda.", "hr")
    assert not any(r == "derived_from" for _, r, _ in facts)
