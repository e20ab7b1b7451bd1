"""Russian "самоходка" (a self-propelled gun, in speech) is a word for a product: "such self-propelled guns" in a
sentence that names no design speak of the design the text spoke of, which the buyer before them bought.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _exports(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t", lang) if f.relation == "exported_to"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Установка ЗСУ-57-2 долго стояла на вооружении. Вьетнам в середине 70-х годов получил полтора десятка "
     "таких самоходок.", "ru"),
])
def test_such_self_propelled_guns_are_the_design_spoken_of(extractor: Extractor, text: str, lang: str) -> None:
    assert ("ZSU-57-2", "Vietnam") in _exports(extractor, text, lang)
