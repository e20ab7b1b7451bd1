"""Declared fit for service, or accepted into service, is entry into service in the Romance languages too
("déclaré apte au service", "fut accepté en service", "declarado apto para el servicio", "a fost acceptat în
serviciu"): the year it governs is the design's introduction."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


@pytest.mark.parametrize(("text", "lang", "design"), [
    ("Le char T-62 a été déclaré apte au service en 1961.", "fr", "T-62"),
    ("En 1961, le T-62 a été accepté en service dans l'armée soviétique.", "fr", "T-62"),
    ("El tanque T-62 fue declarado apto para el servicio en 1961.", "es", "T-62"),
    ("Tancul T-62 a fost acceptat în serviciu de armata sovietică în 1961.", "ro", "T-62"),
])
def test_fit_for_service_dates_the_design(extractor: Extractor, text: str, lang: str, design: str) -> None:
    years = {(f.subject, f.object) for f in extractor.extract_text(text, "t", lang)
             if f.relation == "introduced_year"}
    assert (design, "1961") in years
