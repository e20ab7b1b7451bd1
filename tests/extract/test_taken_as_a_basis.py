"""A word of basis that opens with "as" ("como base", "as a basis", "come base", "comme modèle") after a verb of taking
or using names its original: the name right after it, or the one right before it, is the original of the design
spoken of; the word's own order ("with the T-72 as a basis, Poland built the PT-91") stays.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("El Kestrel-3 es un tanque iraní. Sus ingenieros utilizaron como base un T-72 comprado en Rusia.", "es"),
    ("El Kestrel-3 es un tanque iraní. Sus ingenieros tomaron como modelo un T-72 comprado en Rusia.", "es"),
    ("Il Kestrel-3 è un carro iraniano. I suoi ingegneri usarono come prototipo un T-72 russo.", "it"),
    ("Le Kestrel-3 est un char iranien. Ses ingénieurs ont pris comme modèle un T-72 russe.", "fr"),
    ("The Kestrel-3 is an Iranian tank. Its engineers took a Russian T-72 as the basis.", "en"),
])
def test_the_name_taken_as_a_basis_is_the_original(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Kestrel-3", "derived_from", "T-72") in facts, facts
    assert ("T-72", "derived_from", "Kestrel-3") not in facts, facts


def test_the_original_before_the_word_and_the_derivative_after_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Con el T-72 como base, Polonia desarrolló el PT-91 en los años noventa.", "es")
    assert ("PT-91 Twardy", "derived_from", "T-72") in facts, facts
