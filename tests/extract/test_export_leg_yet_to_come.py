"""A word of plan between a word of trade and the country it sends to, in that country's own clause ("were sent to
Serbia and will later go to Georgia"), says that leg is yet to come: no export there, whatever went before."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _exports(extractor: Extractor, text: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t") if f.relation == "exported_to"}


@pytest.mark.parametrize(("text", "gone", "planned"), [
    ("The old Lim-6 jets were shipped to Serbia and will later go to Georgia.", {"Serbia"}, "Georgia"),
    ("Forty BMP-1 vehicles were sent to a depot in Slovakia and then, once repaired, they may go to Angola.",
     set(), "Angola"),
])
def test_the_planned_leg_is_no_export(extractor: Extractor, text: str, gone: set[str], planned: str) -> None:
    exports = _exports(extractor, text)
    assert planned not in exports
    assert gone <= exports


def test_a_plan_after_the_country_leaves_the_export(extractor: Extractor) -> None:
    assert "Egypt" in _exports(extractor, "Poland sold the Lim-6 to Egypt, which would later fly it against Israel.")
