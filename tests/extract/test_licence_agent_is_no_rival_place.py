"""A country that is the agent of a licence word ("सोवियत संघ द्वारा प्रदान किए गए लाइसेंस के अंतर्गत", under the
licence the Soviet Union granted) and of no making is the licensor: it does not stand nearer the making than the
licensee, whose company the sentence names as the one that made the design.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text, design, maker, licensor", [
    ("पोलैंड की एक कंपनी ने सोवियत संघ द्वारा प्रदान किए गए लाइसेंस के अंतर्गत 500 टी-72 टैंकों का निर्माण किया।",
     "T-72", "Poland", "Soviet Union"),
    ("भारत में एचएएल ने रूस द्वारा प्रदान किए गए लाइसेंस के अंतर्गत 200 मिग-27 विमानों का निर्माण किया।",
     "MiG-27", "India", "Russia"),
])
def test_the_licensee_makes_it(extractor, text, design, maker, licensor):
    facts = facts_of(extractor, text, "hi")
    assert (design, "made_in_country", maker) in facts, facts
    assert (design, "licensed_by", licensor) in facts, facts
    assert (design, "made_in_country", licensor) not in facts, facts
