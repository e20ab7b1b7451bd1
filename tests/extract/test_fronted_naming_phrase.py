"""A naming phrase that opens a sentence ("Known in the West as X, the Y ...", "Connu comme X, le Y ...")
gives its name to the product the comma after it brings in: the sentence's subject, not a product spoken of
before."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Known in export markets as the Osprey, the PA md. 86 served the Romanian army.", "en"),
    ("Connu à l'export sous le nom d'Osprey, le PA md. 86 équipait l'armée roumaine.", "fr"),
    ("Conocido fuera de Rumanía como Osprey, el PA md. 86 equipó al ejército rumano.", "es"),
    ("Conosciuto sui mercati esteri come Osprey, il PA md. 86 armava l'esercito rumeno.", "it"),
    ("Conhecido fora da Roménia como Osprey, o PA md. 86 equipou o exército romeno.", "pt"),
    ("Cunoscut la export sub numele de Osprey, PA md. 86 a fost folosit de armata română.", "ro"),
])
def test_the_name_a_fronted_phrase_gives_is_the_subjects(extractor: Extractor, text: str, lang: str) -> None:
    assert ("PA md. 86", "alias_of", "Osprey") in facts_of(extractor, text, lang)


def test_a_fronted_phrase_names_the_subject_not_the_product_before(extractor: Extractor) -> None:
    text = ("The Romanian army first used the AKM. Known abroad as the Osprey, the PA md. 86 replaced it in the "
            "1980s.")
    facts = facts_of(extractor, text, "en")
    assert ("PA md. 86", "alias_of", "Osprey") in facts
    assert ("AKM", "alias_of", "Osprey") not in facts
