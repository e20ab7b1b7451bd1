"""A licence to repair or overhaul a design ("a licence for the overhaul of the Mi-8", "лицензия на ремонт Ми-8")
licenses no making of it: no licence status, licensor or place of making is read from it; a licence to make and
mend still is one.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _facts(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.relation, f.object) for f in extractor.extract_text(text, "t", lang)
            if f.relation in {"licence_status", "licensed_by", "made_in_country"}}


@pytest.mark.parametrize(("text", "lang"), [
    ("The plant sold Kazakhstan a licence for the overhaul of Mi-8 helicopters.", "en"),
    ("Завод продал Казахстану лицензию на ремонт вертолётов Ми-8.", "ru"),
    ("Завод продав Казахстану ліцензію на ремонт вертольотів Мі-8.", "uk"),
    ("Zakład sprzedał Kazachstanowi licencję na remont śmigłowców Mi-8.", "pl"),
])
def test_a_licence_to_mend_licenses_no_making(extractor: Extractor, text: str, lang: str) -> None:
    assert _facts(extractor, text, lang) == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("The plant sold Kazakhstan a licence for the production and overhaul of Mi-8 helicopters.", "en"),
    ("Завод продал Казахстану лицензию на производство вертолётов Ми-8.", "ru"),
])
def test_a_licence_to_make_still_is_one(extractor: Extractor, text: str, lang: str) -> None:
    assert ("Mi-8", "licence_status", "licensed") in _facts(extractor, text, lang)
