"""A country's adjective on a word for its government ("the Soviet government", "el gobierno soviético") names the
country as a party: where that government grants a licence, the country is the licensor."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("In 1964 the Soviet government granted Egypt a licence for the RPG-7.", "en",
     ("RPG-7", "licensed_by", "Soviet Union")),
    ("En 2019, le gouvernement russe octroya à l'Inde une licence pour l'AK-203.", "fr",
     ("AK-203", "licensed_by", "Russia")),
    ("En 1964 el gobierno soviético otorgó a Egipto una licencia para el RPG-7.", "es",
     ("RPG-7", "licensed_by", "Soviet Union")),
    ("Nel 1964 il governo sovietico concesse all'Egitto una licenza per l'RPG-7.", "it",
     ("RPG-7", "licensed_by", "Soviet Union")),
    ("Em 1964 o governo soviético concedeu ao Egito uma licença para o RPG-7.", "pt",
     ("RPG-7", "licensed_by", "Soviet Union")),
    ("În 1964 guvernul sovietic a acordat Egiptului o licență pentru RPG-7.", "ro",
     ("RPG-7", "licensed_by", "Soviet Union")),
])
def test_the_government_that_grants_names_its_country_as_licensor(extractor: Extractor, text: str, lang: str,
                                                                   fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


def test_a_government_that_receives_is_no_licensor(extractor: Extractor) -> None:
    text = "In 1964 the Egyptian government was granted a licence for the RPG-7 by the USSR."
    assert ("RPG-7", "licensed_by", "Egypt") not in facts_of(extractor, text, "en")
