"""A known maker's name in quotation marks after a word of place takes its case ending inside the quotes.

South Slavic news writes makers in quotes ('u „Đuri Đakoviću“', in the Đuro Đaković works): the name there is in
the locative, and the quotation mark before it is no reason to miss it. Each sentence was written for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Nakon 1985. godine BVP M-80A sklapan je u „Đuri Đakoviću“.", "hr"),
    ('Vozila M-80A proizvodila su se u "Đuri Đakoviću".', "bs"),
])
def test_quoted_maker_in_the_locative(extractor: Extractor, text: str, lang: str) -> None:
    assert ("M-80A", "manufactured_by", "Đuro Đaković") in facts_of(extractor, text, lang)
