"""South Slavic and Bulgarian: a design put back into service "again" after an overhaul is no introduction.

"ponovno/ponovo ... u upotrebu", "поново ... у наоружање", "отново ... на въоръжение", "повторно ... во употреба":
the year of a return to service is not the year the design entered it. Each sentence was written for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "year"), [
    ("Nakon remonta, MiG-29 je 2019. godine ponovno uveden u upotrebu.", "hr", "2019"),
    ("Posle remonta, avion MiG-21 je ponovo uveden u naoružanje 2017. godine.", "sr", "2017"),
    ("После ремонта, авион МиГ-29 поново је уведен у наоружање 2020. године.", "sr", "2020"),
    ("След ремонта самолетът МиГ-29 отново е приет на въоръжение през 2021 година.", "bg", "2021"),
    ("По ремонтот, хеликоптерот Ми-17 повторно е воведен во употреба во 2019 година.", "mk", "2019"),
])
def test_return_to_service_is_no_introduction(extractor: Extractor, text: str, lang: str, year: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "introduced_year" and f[2] == year], facts


def test_first_entry_keeps_its_year(extractor: Extractor) -> None:
    text = "Posle remonta, avion MiG-21 je ponovo uveden u naoružanje, a prvi put je uveden u naoružanje 1962. godine."
    assert ("MiG-21", "introduced_year", "1962") in facts_of(extractor, text, "sr")
