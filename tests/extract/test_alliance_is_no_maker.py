"""An alliance ("NATO", "OTAN") makes nothing: its members' firms do. A word of making beside its name ("the tanks of
NATO produced in the sixties") names no maker, while a firm the same sentence names still is one."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


@pytest.mark.parametrize(("text", "lang"), [
    ("El T-55 combatió contra los tanques de la OTAN fabricados en los años 60.", "es"),
    ("Le T-55 a affronté les chars de l'OTAN produits pendant la guerre froide.", "fr"),
    ("The T-55 fought tanks produced by NATO.", "en"),
])
def test_an_alliance_is_no_maker(extractor: Extractor, text: str, lang: str) -> None:
    assert not any(f.relation == "manufactured_by" for f in extractor.extract_text(text, "t", lang))


def test_a_firm_beside_the_alliance_still_makes(extractor: Extractor) -> None:
    facts = {(f.relation, f.object) for f in extractor.extract_text(
        "The PT-91 tanks produced by Bumar-Łabędy now serve in a NATO army.", "t", "en")}
    assert ("manufactured_by", "Bumar-Łabędy") in facts
