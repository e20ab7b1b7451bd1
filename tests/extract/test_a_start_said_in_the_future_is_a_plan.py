"""A start said in the future tense, in two words ("terá início", "tendrá inicio", "avrà inizio") or closing a phrase
of starting ("la production des fusils ... débutera"), is a plan: the year it names is no introduction year.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _years(extractor: Extractor, text: str, lang: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t.txt", lang) if f.relation == "introduced_year"}


@pytest.mark.parametrize(("text", "lang"), [
    ("A fabricação dos fuzis AK-103 terá início em 2013.", "pt"),
    ("A fabricação de fuzis Kalashnikov AK-103 terá início em 2013.", "pt"),
    ("La fabricación de los fusiles AK-103 tendrá inicio en 2013.", "es"),
    ("La produzione dei fucili AK-103 avrà inizio nel 2013.", "it"),
    ("La production des fusils AK-103 débutera en 2013.", "fr"),
])
def test_a_start_still_to_come_dates_no_introduction(extractor: Extractor, text: str, lang: str) -> None:
    assert "2013" not in _years(extractor, text, lang)


def test_a_start_in_the_past_still_dates_it(extractor: Extractor) -> None:
    assert "2013" in _years(extractor, "La fabricación de los fusiles AK-103 comenzó en 2013.", "es")
