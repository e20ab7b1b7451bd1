"""derived_from and alias_of: versions a possessive owns, lists, and families (sentences written for the tests)."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Под названием Тип 58 в КНР начали выпускать свою версию Т-34.", "ru"),
    ("Under the name Type 58, China began to build its own version of the T-34.", "en"),
])
def test_a_name_given_before_its_own_version_is_the_version(full_extractor: Extractor, text: str,
                                                             lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    derived = {(a, o) for a, r, o in facts if r == "derived_from"}
    assert any(a.startswith("Type 58") and o == "T-34" for a, o in derived), facts
    assert not any(a == "T-34" for a, _ in derived), facts


def test_its_improved_version_names_the_version(full_extractor: Extractor) -> None:
    # guard: the name before the possessive owns the version named right after the word
    facts = facts_of(full_extractor, "The SM-1 and later its improved version, the SM-2, were built.", "en")
    assert any(r == "derived_from" and a.endswith("SM-2") and o.endswith("SM-1") for a, r, o in facts), facts
