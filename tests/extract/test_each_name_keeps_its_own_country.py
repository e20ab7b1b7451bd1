"""Two names in one sentence, each followed by a country of its own before the next ("the Z-5 on a licence from the
USSR and the Z-8 on one from France"): a country read of one of them across the other's name is the other's. A name
with no country of its own keeps the one the list shares. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Ada dua helikopter berlisensi: Changhe Z-8 dengan lisensi Perancis dan Harbin Z-5 dengan lisensi "
           "Uni Soviet."),
    ("en", "Two helicopters were licence-built: the Harbin Z-5 with a licence of the Soviet Union and the Changhe Z-8 "
           "with a licence of France."),
    ("pl", "Licencyjnie budowano dwa śmigłowce: Harbin Z-5 na licencji ZSRR i Changhe Z-8 na licencji Francji."),
])
def test_each_licensor_stays_with_its_own_name(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    licensors = {(s, o) for s, r, o in facts if r == "licensed_by"}
    assert ("Harbin Z-5", "Soviet Union") in licensors, facts
    assert ("Harbin Z-5", "France") not in licensors, facts
    assert ("Z-8", "France") in licensors, facts
    assert ("Z-8", "Soviet Union") not in licensors, facts


def test_a_shared_licensor_stays_with_every_name(extractor: Extractor) -> None:
    facts = facts_of(extractor, "China built the J-7 and the J-6 under licences from the Soviet Union.", "en")
    licensors = {s for s, r, o in facts if r == "licensed_by" and o == "Soviet Union"}
    assert {"Chengdu J-7", "Shenyang J-6"} <= licensors, facts
