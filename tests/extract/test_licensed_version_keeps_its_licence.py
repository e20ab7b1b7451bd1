"""A licence said by the words that derive a design from another stays that design's.

"It was one of the licensed versions of the T-72" (its subject dropped, as Slovenian and Croatian drop it) gives
the tank spoken of its licence; a later version of it that the text makes elsewhere does not take it. Each
passage was written for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of

PASSAGES = [
    ("Tank M-84 je bil glavni tank vojske. Bil je ena izmed licenčnih različic ruskega tanka T-72. Zadnja "
     "verzija tega tanka je prišla v uporabo leta 2004. Izdelala jo je Srbija, pod oznako M-84AB1.", "sl"),
    ("Tenk M-84 bio je glavni tenk vojske. Bio je jedna od licencnih inačica ruskog tenka T-72. Zadnja inačica "
     "tog tenka ušla je u uporabu 2004. Proizvela ju je Srbija pod oznakom M-84AB1.", "hr"),
]


@pytest.mark.parametrize(("text", "lang"), PASSAGES)
def test_the_licence_stays_with_the_licensed_version(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("M-84", "licence_status", "licensed") in facts
    assert ("M-84AB1", "licence_status", "licensed") not in facts
