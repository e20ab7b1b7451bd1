"""A plant word whose town a comma sets off after it ("at a second factory, in Kazan") still names the plant of that
town."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang", [
    ("The Mi-17 was also assembled at a second factory, in Kazan.", "en"),
    ("Mi-17 juga dirakit di dua pabrik, antara lain di Kazan.", "id"),
])
def test_the_town_after_the_comma_names_the_plant(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("Mi-17", "manufactured_by", "Kazan plant") in facts, facts
