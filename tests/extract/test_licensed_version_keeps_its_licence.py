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
    ("Oklepnik M-84 je dolgo služil jugoslovanski vojski. Predstavljal je eno od licenčnih različic sovjetskega "
     "T-72. Novejšo različico so leta 2004 sprejeli v oborožitev. Izdelovala jo je Srbija kot M-84AB1.", "sl"),
    ("Oklopnik M-84 dugo je služio jugoslavenskoj vojsci. Predstavljao je jednu od licencnih inačica sovjetskog "
     "T-72. Noviju inačicu uveli su u naoružanje 2004. Izrađivala ju je Srbija kao M-84AB1.", "hr"),
]


@pytest.mark.parametrize(("text", "lang"), PASSAGES)
def test_the_licence_stays_with_the_licensed_version(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("M-84", "licence_status", "licensed") in facts
    assert ("M-84AB1", "licence_status", "licensed") not in facts
