"""A licence one clause grants stands where a clause a word of contrast sets against it says it ended or is
contested: the licensee is whom the first clause names, not the country of the later claim. Sentences of our own."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import all_facts


def _licences(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str | None]]:
    return {(f.relation, f.object, f.scope) for f in all_facts(extractor, text, lang)
            if f.relation in {"licence_status", "licensed_by"}}


@pytest.mark.parametrize(("text", "lang"), [
    ("The Soviet Union granted Poland a licence for the AK, but Russia says the licence has expired.", "en"),
    ("منح الاتحاد السوفيتي بولندا رخصة إنتاج بنادق الكلاشنيكوف، بيد أن روسيا تقول إن الرخصة لم تعد سارية.", "ar"),
])
def test_the_licensee_is_the_first_clauses(full_extractor: Extractor, text: str, lang: str) -> None:
    found = _licences(full_extractor, text, lang)
    assert ("licence_status", "licensed", "Poland") in found, found
    assert ("licensed_by", "Soviet Union", "Poland") in found, found
    assert not any(scope == "Russia" for _, _, scope in found), found


def test_a_licence_that_ended_was_held_all_the_same(full_extractor: Extractor) -> None:
    found = _licences(full_extractor, "Poland built the AK under licence, but the licence expired in 1990.", "en")
    assert ("licence_status", "licensed", "Poland") in found, found
    assert ("licence_status", "expired", "Poland") in found, found
