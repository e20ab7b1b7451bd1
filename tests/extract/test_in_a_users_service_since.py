""""In service since" a year dates the design's introduction also where the user stands inside the phrase: an
adjective or an acronym before "service" ("in Vietnamese army service since"), or a longer name of the force after
"with" ("in service with the Cuban air force since"), or a gloss in brackets after "service"."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _years(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t") if f.relation == "introduced_year"}


@pytest.mark.parametrize(("text", "subject", "year"), [
    ("The Type 63 rocket launcher has been in Vietnamese army service since 1965.", "Type 63", "1965"),
    ("The Lim-6 was in Polish service since 1961 and flew until the 1980s.", "Lim-6", "1961"),
    ("The Y-5 has been in PLA service since 1958.", "Y-5", "1958"),
    ("Cuba's MiG-23 has been in service with the Cuban air force since 1978.", "MiG-23", "1978"),
    ("The Lim-6 was in Polish service (the air force) since 1961.", "Lim-6", "1961"),
])
def test_service_since_with_its_user_inside(extractor: Extractor, text: str, subject: str, year: str) -> None:
    assert any(s.endswith(subject) and y == year for s, y in _years(extractor, text))


def test_service_since_without_a_year_dates_nothing(extractor: Extractor) -> None:
    assert _years(extractor, "The Type 63 has been in Vietnamese army service since the war ended.") == set()
