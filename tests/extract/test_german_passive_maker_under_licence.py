"""German "von" marks both where a thing came from and the doer of a passive. Where a licence word after the
country ends in a word of making ("wurde von Ungarn in Lizenz gefertigt"), the country made the design under
licence: it is the licensee and the place of making, not the licensor. A licence "von" a country with no word of
making after it ("in Lizenz vergeben") still names who gave it.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import all_facts


@pytest.mark.parametrize(("text", "design", "country"), [
    ("Der Kampfpanzer T-55 wurde damals von Polen in Lizenz gefertigt.", "T-55", "Poland"),
    ("Die MiG-21 wird seit Jahren von Indien in Lizenz gebaut.", "MiG-21", "India"),
    ("Die Pistole TT-33 wurde von Ungarn unter Lizenz hergestellt.", "TT-33", "Hungary"),
])
def test_the_doer_of_a_passive_of_making_holds_the_licence(extractor: Extractor, text: str, design: str,
                                                           country: str) -> None:
    facts = all_facts(extractor, text, "de")
    triples = {(f.subject, f.relation, f.object) for f in facts}
    assert (design, "licensed_by", country) not in triples, triples
    assert (design, "made_in_country", country) in triples, triples
    assert any(f.subject == design and f.relation == "licence_status" and f.scope == country for f in facts), facts


def test_a_licence_given_by_a_country_keeps_its_licensor(extractor: Extractor) -> None:
    facts = all_facts(extractor, "Die Lizenz wurde von der Sowjetunion vergeben, danach baute Polen den T-55.", "de")
    triples = {(f.subject, f.relation, f.object) for f in facts}
    assert ("T-55", "licensed_by", "Soviet Union") in triples, triples
