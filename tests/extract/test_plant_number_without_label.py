"""A plant known by its number alone is "Factory N" in any language, with or without a label of number between the
plant word and the number: Russian "на заводе 66" as "на заводе № 66", Ukrainian "на заводі 66", Polish "w zakładzie
66". A capitalised name before a number keeps its own spelling.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _makers(extractor: Extractor, text: str, lang: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t", lang) if f.relation == "manufactured_by"}


@pytest.mark.parametrize(("text", "lang"), [
    ("До 1970 года карабин Тип 56 собирали на заводе 74.", "ru"),
    ("Карабин Тип 56 собирали на заводе № 74.", "ru"),
    ("Карабін Тип 56 випускали на заводі 74.", "uk"),
])
def test_a_plant_word_and_its_number_are_a_numbered_factory(extractor: Extractor, text: str, lang: str) -> None:
    assert _makers(extractor, text, lang) == {"Factory 74"}
