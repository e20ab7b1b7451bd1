"""Words of naming and of entry into service that the Portuguese and Romanian files lacked: "baptised" gives a
design another name ("batizados", "botezate"), and "accepted into service" dates its introduction.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Os Mi-35 da Marinha, batizados AH-9 pelos pilotos, voam na Amazônia.", "pt", ("Mi-35", "alias_of", "AH-9")),
    ("Elicopterele Mi-17 au fost botezate Vulturul de piloți.", "ro", ("Mi-17", "alias_of", "Vulturul")),
])
def test_baptised_gives_another_name(extractor: Extractor, text: str, lang: str,
                                     expected: tuple[str, str, str]) -> None:
    assert expected in facts_of(extractor, text, lang)


def test_accepted_into_active_service_dates_the_introduction(extractor: Extractor) -> None:
    text = "O BTR-80 foi finalmente aceito no serviço das forças terrestres em 1986."
    assert ("BTR-80", "introduced_year", "1986") in facts_of(extractor, text, "pt")
