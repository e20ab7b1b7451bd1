"""Turkish "ne" asks (what, how: "ne şekilde", in what way; "ne zaman", when); it is no "not", and a licence word a
few words after it stays a licence. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "Yazar, Mısır tanklarının ne şekilde yapıldığını ve lisanslı üretimin ayrıntılarını inceliyor. "
    "Mısır 120 adet T-62 tankı üretti.",
    "Bu kitap, fabrikanın ne zaman kurulduğunu ve lisanslı T-62 üretimini anlatır.",
])
def test_a_question_word_leaves_a_licence(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "tr")
    assert ("T-62", "licence_status", "unlicensed") not in facts
    assert ("T-62", "licence_status", "licensed") in facts


def test_a_plain_denial_still_denies(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Mısır, T-62 tankını lisans almadan üretti.", "tr")
    assert ("T-62", "licence_status", "unlicensed") in facts
