"""A word of versions that only names the kind of a product whose lineage the sentence states itself ("the model
An-26 was based on the model An-24", "le modèle An-26 était basé sur le modèle An-24") makes neither name a version
of the product spoken of before."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("The An-12 served widely. The model An-26 was based on the model An-24.", "en"),
    ("L'An-12 a beaucoup servi. Le modèle An-26 était basé sur le modèle An-24.", "fr"),
    ("Die An-12 diente lange. Das Modell An-26 basierte auf dem Modell An-24.", "de"),
    ("L'An-12 ha servito a lungo. Il modello An-26 era basato sul modello An-24.", "it"),
    ("El An-12 sirvió mucho. El modelo An-26 estaba basado en el modelo An-24.", "es"),
])
def test_each_name_keeps_its_own_lineage(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("An-26", "derived_from", "An-24") in facts, facts
    assert not any(r == "derived_from" and "An-12" in {s, o} for s, r, o in facts), facts


def test_a_version_word_without_a_lineage_still_names_a_version(extractor):
    facts = facts_of(extractor, "The MiG-21 flew in 1955. The Chinese version J-7 was built in Shenyang.", "en")
    assert any(s.endswith("J-7") and r == "derived_from" and o == "MiG-21" for s, r, o in facts), facts
