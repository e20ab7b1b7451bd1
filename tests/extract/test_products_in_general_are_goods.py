"""Russian and Ukrainian "продукция" / "продукція" (products, output in general) are goods: a sale or an export of
"Chinese products" after a sentence on a design says nothing of that design, and the country's adjective on them
is no buyer of it. "This product" (a demonstrative on the word) still points back at the design.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _exports(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t", lang) if f.relation == "exported_to"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Гаубицу Д-30 выпускают в Ираке. Позже начался экспорт иранской продукции.", "ru"),
    ("Гаубицю Д-30 випускають в Іраку. Пізніше почався експорт іранської продукції.", "uk"),
])
def test_an_export_of_products_in_general_moves_no_design(extractor: Extractor, text: str, lang: str) -> None:
    assert _exports(extractor, text, lang) == set()


def test_this_product_still_points_back(extractor: Extractor) -> None:
    text = "Гаубицу Д-30 выпускают в Ираке. В 2015 году Ирак продал эту продукцию Сирии."
    assert ("D-30", "Syria") in _exports(extractor, text, "ru")
