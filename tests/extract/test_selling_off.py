"""Verbs of selling on or selling off name a transfer to the country after them: German "veräußern" (also glued to
"weiter-", sold on), Dutch "slijten aan" (sold off to).

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Die Bundeswehr hat die BMP-1 später an Griechenland veräußert.", "de", "Greece"),
    ("Die BMP-1 wurden danach an Finnland weiterveräußert.", "de", "Finland"),
    ("Het leger kon de oude BMP-1 na een paar jaar slijten aan Finland.", "nl", "Finland"),
])
def test_selling_off_is_an_export(small_extractor: Extractor, text: str, lang: str, country: str) -> None:
    facts = facts_of(small_extractor, text, lang)
    assert ("BMP-1", "exported_to", country) in facts, facts
