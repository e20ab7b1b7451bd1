"""A country a word for "than" stands on ("than Russia", "比印度", "インドより", "чем Россия") is what a comparison
measures against: no place of making and no buyer.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _facts(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.relation, f.object) for f in extractor.extract_text(text, "t.txt", lang)}


@pytest.mark.parametrize(("text", "lang", "home", "other"), [
    ("中国仿制的歼-7比印度的更便宜。", "zh", "China", "India"),
    ("北朝鮮はインドよりT-72を多く生産した。", "ja", "North Korea", "India"),
])
def test_the_country_compared_with_is_no_place_of_making(extractor: Extractor, text: str, lang: str, home: str,
                                                          other: str) -> None:
    places = {o for _, r, o in _facts(extractor, text, lang) if r == "made_in_country"}
    assert home in places, places
    assert other not in places, places


@pytest.mark.parametrize(("text", "lang"), [
    ("China exported more J-7 fighters than Russia.", "en"),
    ("Китай продал J-7 дешевле, чем Россия.", "ru"),
    ("中国出口的歼-7比俄罗斯多。", "zh"),
])
def test_the_country_compared_with_is_no_buyer(extractor: Extractor, text: str, lang: str) -> None:
    assert ("Chengdu J-7", "exported_to", "Russia") not in _facts(extractor, text, lang)
