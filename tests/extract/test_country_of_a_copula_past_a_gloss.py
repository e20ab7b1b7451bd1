"""A name the copula says is a country's kind of product is that country's also where a gloss in brackets stands
between the name and the copula ("the Lim-6 (meaning fighter) is a Polish attack aircraft")."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _countries(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t") if f.relation == "made_in_country"}


@pytest.mark.parametrize(("text", "subject", "country"), [
    ("The Lim-6 (short for licence fighter) is a Polish attack aircraft.", "Lim-6", "Poland"),
    ('The Tabuk ("the town") was an Iraqi sniper rifle.', "Tabuk", "Iraq"),
])
def test_gloss_between_name_and_copula(extractor: Extractor, text: str, subject: str, country: str) -> None:
    assert any(s.endswith(subject) and c == country for s, c in _countries(extractor, text))
