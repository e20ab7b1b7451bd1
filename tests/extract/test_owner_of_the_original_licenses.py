"""Where the owner comes before what it owns (Hindi, Urdu, Turkish), a country's name marked as the owner of the
original a copy word names ("the Soviet Union's MiG-21's licensed copy"), and holding the original's rights, gave the
licence: it is the licensor, no licensee.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_hindi_owner_of_the_original(extractor: Extractor) -> None:
    facts = facts_of(extractor, "J-7 सोवियत संघ के मिग-21 की लाइसेंस प्राप्त नकल है।", "hi")
    assert ("Chengdu J-7", "licensed_by", "Soviet Union") in facts, facts


def test_turkish_owner_of_the_original(extractor: Extractor) -> None:
    facts = facts_of(extractor, "J-7, Sovyetler Birliği'nin MiG-21'inin lisanslı bir kopyasıdır.", "tr")
    assert ("Chengdu J-7", "licensed_by", "Soviet Union") in facts, facts


def test_an_owner_without_the_rights_gives_nothing(extractor: Extractor) -> None:
    facts = facts_of(extractor, "J-7 भारत के मिग-21 की लाइसेंस प्राप्त नकल है।", "hi")
    assert ("Chengdu J-7", "licensed_by", "India") not in facts, facts
