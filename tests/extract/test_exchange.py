"""What a word of exchange ("in exchange for", "ditukar dengan") names after a word of trade came back in return for
what was sent: it is no export to the recipient; what was handed over stays one.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

EXCHANGED = [
    ("id", "Ghana membeli MiG-21 dari Uni Soviet. Tujuh MiG-21F-13 kemudian diberikan kepada Mesir dan ditukar "
           "dengan truk dan pesawat Yak-40."),
    ("en", "Ghana bought MiG-21s from the Soviet Union. Later seven MiG-21F-13 were handed over to Egypt and "
           "exchanged for trucks and Yak-40 aircraft."),
    ("en", "Ghana bought MiG-21s from the Soviet Union. Later seven MiG-21F-13 were handed over to Egypt in "
           "exchange for trucks and Yak-40 aircraft."),
]


@pytest.mark.parametrize(("lang", "text"), EXCHANGED)
def test_what_came_back_in_exchange_did_not_go(extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Yak-40", "exported_to", "Egypt") not in facts, facts
    assert ("MiG-21F-13", "exported_to", "Egypt") in facts, facts
