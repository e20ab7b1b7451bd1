"""A design bureau's acronym with its number ("OKB-520", "ОКБ-115") names the bureau, not a design: it takes no
facts of making and is no original of the design it drew.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "design"), [
    ("de", "Den Entwurf lieferte das OKB-520, gebaut wurde der Panzer T-62 im Werk UVZ in der Sowjetunion.", "T-62"),
    ("de", "Der Panzer T-62 wurde vom OKB-520 entworfen und in Polen gebaut.", "T-62"),
    ("ru", "Танк Т-62 создан в ОКБ-520 и выпускался в Польше.", "T-62"),
    ("en", "The Yak-52 trainer was drawn up at OKB-115 and built in Romania.", "Yak-52"),
])
def test_a_bureau_with_its_number_is_no_product(extractor: Extractor, lang: str, text: str, design: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[0].startswith(("OKB", "ОКБ"))], facts
    assert not [f for f in facts if f[1] == "derived_from" and f[2].startswith(("OKB", "ОКБ"))], facts
    assert any(f[0] == design and f[1] == "made_in_country" for f in facts), facts
