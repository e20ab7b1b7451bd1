"""A data sheet lists its bureaus or makers one a line, each with the designs it worked on in brackets ("• KMDB
(T-64A)", "• OKB-520 (T-62M and later)"): such a line heads nothing, so the fields below it (makers, an export
price) stay the sheet's own design's, not the bracketed version's."""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of

_SHEET = ("T-62\n\nAus einer Enzyklopädie\nT-62\nEin T-62 vor einem Museum in Minsk\nTyp\nKampfpanzer\n"
          "Konstrukteure\n  • {bureau} (T-62M und spätere Modelle)\nHersteller\n  • UVZ (Sowjetunion)\n"
          "Gebaute Stückzahl\n  • 20.000\n")


def test_a_bureau_code_with_a_bracketed_version_heads_nothing(extractor: Extractor) -> None:
    facts = facts_of(extractor, _SHEET.format(bureau="OKB-520"), "de")
    assert ("T-62", "manufactured_by", "Uralvagonzavod") in facts, facts
    assert ("T-62M", "manufactured_by", "Uralvagonzavod") not in facts, facts


def test_a_known_bureau_with_a_bracketed_version_heads_nothing(extractor: Extractor) -> None:
    facts = facts_of(extractor, _SHEET.format(bureau="KMDB"), "de")
    assert ("T-62", "manufactured_by", "Uralvagonzavod") in facts, facts
    assert ("T-62M", "manufactured_by", "Uralvagonzavod") not in facts, facts


def test_a_line_naming_a_design_alone_still_heads(extractor: Extractor) -> None:
    text = "Der T-62 wurde in der Sowjetunion gebaut.\n\nT-72\n\nHersteller: Uralvagonzavod\n"
    facts = facts_of(extractor, text, "de")
    assert ("T-62", "manufactured_by", "Uralvagonzavod") not in facts, facts
