"""Two shapes that look like names and are not: a word for "about" or "at least" before a count and a noun ("Sekitar
20 kendaraan", about 20 vehicles) is no designation "Sekitar 20"; and a capitalised word after a product noun in a
heading written in title case ("Tentara Akan Pamerkan Senjata Baru dengan ...", the army will show a new weapon with
...) is no name of that noun, every word there being capitalised.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor, lexicon
from copytrace.extract.match import match_fold
from copytrace.extract.mentions import build


def _products(extractor: Extractor, text: str, lang: str) -> set[str]:
    language = lexicon.language(lang)
    folded = match_fold(text)
    document = build(text, 0, language.matcher.find(text, folded, 0), extractor.names, folded, language)
    return {m.text for m in document.mentions if m.kind == "product"}


@pytest.mark.parametrize(("text", "lang", "count"), [
    ("Sekitar 20 kendaraan BMP-3 dikirim ke Indonesia.", "id", "Sekitar 20"),
    ("Sedikitnya 30 kendaraan BMP-3 dibeli dari Rusia.", "id", "Sedikitnya 30"),
])
def test_a_word_for_about_and_a_count_is_no_designation(extractor: Extractor, text: str, lang: str,
                                                          count: str) -> None:
    products = _products(extractor, text, lang)
    assert count not in products, products
    assert "BMP-3" in products, products


def test_a_capitalised_word_after_a_noun_in_a_title_case_heading_is_no_name(extractor: Extractor) -> None:
    text = "Tentara Akan Pamerkan Senjata Baru dengan Laras Panjang\n\nSenapan itu kemudian diekspor ke Laos."
    assert not any("Baru" in p for p in _products(extractor, text, "id"))


def test_a_name_after_a_noun_in_running_text_stays(extractor: Extractor) -> None:
    text = "Pabrik itu membuat senapan Garuda untuk tentara.\n\nSenapan itu kemudian diekspor ke Laos."
    assert "Garuda" in _products(extractor, text, "id")

