"""Where a licence word already names its giver by a country's adjective ("по съветски лиценз", "po sovjetskoj
licenci"), a works a word both "by" and "from" opens later in the clause of making ("от завода Бумар", "od tvornice
Bumar") is the maker, not a second licensor; a licence "from" a works with no giver of its own is that works'."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _facts(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.relation, f.object) for f in extractor.extract_text(text, "t", lang)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Танкът Т-72М1 се произвеждаше по съветски лиценз в Полша от завода Бумар.", "bg"),
    ("Тенкот Т-72М1 се произведуваше по советска лиценца во Полска од фабриката Бумар.", "mk"),
    ("Tenk T-72M1 proizvodio se po sovjetskoj licenci u Poljskoj od tvornice Bumar.", "hr"),
])
def test_the_works_made_it(extractor: Extractor, text: str, lang: str) -> None:
    facts = _facts(extractor, text, lang)
    assert ("T-72M1", "manufactured_by", "Bumar-Łabędy") in facts
    assert ("T-72M1", "licensed_by", "Bumar-Łabędy") not in facts
    assert ("T-72M1", "licensed_by", "Soviet Union") in facts


def test_a_licence_from_a_works_is_still_its(extractor: Extractor) -> None:
    text = "Танкът Т-72М1 се произвеждаше в Полша по лиценз от Уралвагонзавод."
    assert ("T-72M1", "licensed_by", "Uralvagonzavod") in _facts(extractor, text, "bg")
