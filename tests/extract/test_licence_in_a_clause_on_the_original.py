"""A clause a relative word opens right after the original of a copy ("a copy of the MiG-21, which was built under
licence in India") tells of that original: its licence and its place of making are the original's, not the copy's,
also where the licence word is joined to the verb by a hyphen ("which was licence-built")."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _facts(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.relation, f.object) for f in extractor.extract_text(text, "t")}


@pytest.mark.parametrize(("text", "original", "country"), [
    ("The Saqr is a longer offshoot of the BM-21, which was licence-built in Egypt.", "BM-21", "Egypt"),
    ("The Type 7 is a reworked variant of the An-2, which was license-produced in Poland.", "An-2", "Poland"),
])
def test_the_clause_licenses_the_original(extractor: Extractor, text: str, original: str, country: str) -> None:
    facts = _facts(extractor, text)
    assert any(original in s and r == "licence_status" and o == "licensed" for s, r, o in facts)
    assert any(original in s and r == "made_in_country" and o == country for s, r, o in facts)


@pytest.mark.parametrize(("text", "copy"), [
    ("The Saqr is a longer offshoot of the BM-21, which was licence-built in Egypt.", "Saqr"),
    ("The Type 7 is a reworked variant of the An-2, which was license-produced in Poland.", "Type 7"),
])
def test_the_copy_holds_no_licence_from_that_clause(extractor: Extractor, text: str, copy: str) -> None:
    assert not any(s.endswith(copy) and r in {"licence_status", "made_in_country"}
                   for s, r, _ in _facts(extractor, text))


def test_a_licence_word_on_the_copy_stays_the_copys(extractor: Extractor) -> None:
    facts = _facts(extractor, "The Lim-5 is a licensed copy of the MiG-17, which was designed in the USSR.")
    assert any(s.endswith("Lim-5") and r == "licence_status" and o == "licensed" for s, r, o in facts)


def test_which_without_a_comma_also_opens_the_originals_clause(extractor: Extractor) -> None:
    facts = _facts(extractor, "The Tabuk is a longer rework of the AKM which was licence-built in Iraq.")
    assert any("AKM" in s and r == "made_in_country" and o == "Iraq" for s, r, o in facts)
    assert not any(s.endswith("Tabuk") and r == "licence_status" for s, r, _ in facts)


def test_a_verb_of_making_before_the_licence_word(extractor: Extractor) -> None:
    facts = _facts(extractor, "The Saqr is a longer copy of the BM-21, which was built under licence in Egypt.")
    assert any("BM-21" in s and r == "licence_status" for s, r, _ in facts)
    assert any("BM-21" in s and r == "made_in_country" and o == "Egypt" for s, r, o in facts)
    assert not any(s.endswith("Saqr") and r in {"licence_status", "made_in_country"} for s, r, _ in facts)
