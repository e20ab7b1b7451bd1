"""A word for "almost" right before a word of doing says the thing did not happen ("Argentina almost bought the
MiG-29"); before a count or "all" it only rounds ("almost 40 were delivered")."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _exports(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t") if f.relation == "exported_to"}


@pytest.mark.parametrize("text", [
    "Argentina almost bought the MiG-29 from Russia in 2015.",
    "In 2015 Russia nearly sold the MiG-29 to Argentina.",
    "Peru hätte die MiG-29 aus Russland fast gekauft.",
    "A Argentina quase comprou caças MiG-29 da Rússia.",
    "阿根廷差点购买了米格-29战斗机。",
    "Argentyna prawie kupiła myśliwce MiG-29 od Rosji.",
])
def test_a_sale_that_almost_happened_is_no_export(extractor: Extractor, text: str) -> None:
    assert _exports(extractor, text) == set()


@pytest.mark.parametrize(("text", "country"), [
    ("Almost 40 MiG-29 fighters were delivered to Peru.", "Peru"),
    ("Nearly every MiG-29 built there was sold to India.", "India"),
    ("Fast 40 MiG-29 wurden an Peru geliefert.", "Peru"),
])
def test_almost_before_a_count_still_exports(extractor: Extractor, text: str, country: str) -> None:
    assert ("MiG-29", country) in _exports(extractor, text)

