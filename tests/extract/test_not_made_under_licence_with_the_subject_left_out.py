"""A clause that leaves out its subject and says the design was not made under licence: made without one.

"..., ali nije izrađena po licenci" (but was not made under licence): no maker is named before the "not", so the
design is the clause's subject, and the "not" is on the licence, not on the making. Each sentence was written for
the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of, objects


@pytest.mark.parametrize(("text", "lang"), [
    ("Snajperska puška M76 nastala je na osnovi SVD-a, ali nije izrađena po licenci.", "hr"),
    ("Пушкомитраљез М72 развијен је из РПК, али није произвођен по лиценци.", "sr"),
    ("The Tabuk rifle was derived from the AKM and was not built under licence.", "en"),
])
def test_made_without_a_licence(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert "unlicensed" in objects(facts, "licence_status"), facts


def test_a_named_maker_keeps_the_making_denied(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Mađarska je kupila tenkove T-62, ali ih nije proizvodila po licenci.", "hr")
    assert not [f for f in facts if f[1] in {"licence_status", "made_in_country"} and f[0] == "T-62"], facts
