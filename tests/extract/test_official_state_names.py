"""A state's official long name (a socialist republic's, a people's republic's) is one country's name in the Romance
languages too: its inner "de"/"di" is no word for "from", so the country is not read as the licensor."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of

CASES = [
    ("fr", "En 1981, le gouvernement de la République populaire de Hongrie obtint une licence de production du "
           "char T-72 auprès des Soviétiques."),
    ("es", "En 1981, el gobierno de la República Popular de Hungría obtuvo una licencia de producción del "
           "tanque T-72 de los soviéticos."),
    ("it", "Nel 1981 il governo della Repubblica Popolare di Bulgaria ottenne una licenza di produzione del "
           "carro T-72 dai sovietici."),
    ("fr", "En 1981, le gouvernement de la République fédérative socialiste de Yougoslavie obtint une licence de "
           "production du char T-72 auprès des Soviétiques."),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_long_state_name_is_no_licensor(extractor, lang, text):
    facts = facts_of(extractor, text, lang)
    licensors = {o for _, r, o in facts if r == "licensed_by"}
    assert licensors <= {"Soviet Union", "Russia"}, facts
