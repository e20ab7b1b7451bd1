"""Two names written side by side after a word that can mean "from" ("une pièce automotrice de 152mm 2S35 Msta-S")
are one name, a designation and the name it goes by: neither was made from the other."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Une pièce automotrice de 152mm 2S35 Msta-S, sortie d'usine à Ekaterinbourg, a défilé.", "fr"),
])
def test_side_by_side_names_are_no_lineage(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "derived_from"], facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Le T-62 a été développé à partir du T-55.", "fr"),
    ("Aus dem T-55 wurde der T-62 entwickelt.", "de"),
])
def test_made_from_a_design_stays(extractor, text, lang):
    assert ("T-62", "derived_from", "T-55") in facts_of(extractor, text, lang)
