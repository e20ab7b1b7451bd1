"""A licence read for a making in a country that holds the design's rights names no licensor: the rights holder takes
no licence for its own design, so the party of a contract read as one ("under a contract with Peru, production of
the MiG-29 went on in the Soviet Union") gave none."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_no_licensor_where_the_licensee_holds_the_rights(extractor):
    text = "Under a contract with Peru, serial production of the MiG-29 went on in the Soviet Union until 1991."
    facts = facts_of(extractor, text, "en")
    assert ("MiG-29", "licensed_by", "Peru") not in facts, facts


def test_a_licensor_of_a_making_abroad_stays(extractor):
    text = "Poland built the MiG-21 under a Soviet licence."
    facts = facts_of(extractor, text, "en")
    assert ("MiG-21", "licensed_by", "Soviet Union") in facts, facts
