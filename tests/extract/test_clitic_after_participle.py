"""Croatian and Bosnian set the auxiliary clitic ("je", "su") second in the clause, right after a participle that
opens it: "ušao je u službu" is "entered service" as much as "je ušao u službu".

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

CASES = [
    ("hr", "Tenk M-84 ušao je u uporabu 1984. godine."),
    ("hr", "Tenk M-84 uveden je u naoružanje 1984. godine."),
    ("bs", "Tenk M-84 stupio je u službu 1984. godine."),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_a_clitic_between_participle_and_phrase_still_dates_entry(extractor, lang: str, text: str) -> None:
    assert ("M-84", "introduced_year", "1984") in facts_of(extractor, text, lang)
