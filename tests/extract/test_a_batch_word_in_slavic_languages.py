"""A year of one lot of a design, with a Slavic word for a batch ("z partii", "из одной партии", "šarža"), dates that
lot, not the design's introduction; a first batch still dates its start.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _years(extractor: Extractor, text: str, lang: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t", lang) if f.relation == "introduced_year"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Karabiny pochodziły z partii karabinów M70 wyprodukowanej w 1987 roku.", "pl"),
    ("Puške su bile iz šarže karabina M70 proizvedene 1987. godine.", "hr"),
    ("Zbraně pocházely ze šarže samopalů vz. 58 vyrobené v roce 1987.", "cs"),
    ("Автоматы были из одной партии автоматов АКМ выпущенной в 1987 году.", "ru"),
])
def test_a_lot_year_is_no_introduction(extractor: Extractor, text: str, lang: str) -> None:
    assert "1987" not in _years(extractor, text, lang)


def test_a_first_batch_still_dates_the_start(extractor: Extractor) -> None:
    assert "1978" in _years(extractor, "Pierwsza partia czołgów T-72 trafiła do wojska w 1978 roku.", "pl")
