"""A plant word whose town a comma sets off after it ("at two plants, in Kazan") still names the plant of that town."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang", [
    ("These days the Mi-17 is built at two plants, in Kazan and elsewhere.", "en"),
    ("Kini Mi-17 dibuat di dua pabrik, yaitu di Kazan dan di tempat lain.", "id"),
])
def test_the_town_after_the_comma_names_the_plant(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("Mi-17", "manufactured_by", "Kazan plant") in facts, facts
