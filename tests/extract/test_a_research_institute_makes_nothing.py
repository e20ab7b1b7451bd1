"""A research institute ("Vojnotehnički institut", "научно-исследовательский институт") designs and tests, as a
design bureau does: a word of making near its name makes it no maker of the design; a works still is.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("sr", "Inženjeri iz VTI pomogli su da počne proizvodnja tenka M-84."),
    ("sr", "У производњи тенка М-84 помогли су инжењери Војнотехничког института."),
    ("hr", "Vojnotehnički institut sudjelovao je u proizvodnji tenka M-84."),
])
def test_an_institute_is_no_maker(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "manufactured_by"], facts


def test_a_works_beside_an_institute_still_makes(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Tenk M-84 proizvodila je tvornica Đuro Đaković uz pomoć instituta.", "hr")
    assert ("M-84", "manufactured_by", "Đuro Đaković") in facts, facts
