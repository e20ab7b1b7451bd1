"""A people's name as the subject of a past verb built with an auxiliary is the country that acts.

"Iračani su kupili" (the Iraqis bought), "Poljaci su licencno proizvodili" (the Poles made under licence): the
auxiliary ("su", "so", "са") stands between the demonym and the verb, which still makes the demonym the buyer or
the maker, as "the Iraqis bought" does. Each sentence was written for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Iračani su kupili haubice D-30 od Jugoslavije.", "hr", ("D-30", "exported_to", "Iraq")),
    ("Kuvajćani su naručili tenkove M-84AB.", "bs", ("M-84AB", "exported_to", "Kuwait")),
    ("Egipćani su proizvodili pušku AKM pod nazivom Misr.", "sr", ("Misr", "made_in_country", "Egypt")),
    ("Мађари су лиценцно производили пушку АКМ.", "sr", ("AKM", "made_in_country", "Hungary")),
    ("Etiopljani su od SSSR-a dobili tenkove T-55.", "bs", ("T-55", "exported_to", "Ethiopia")),
    ("Сиријци су из Совјетског Савеза набављали авионе МиГ-23.", "sr", ("MiG-23", "exported_to", "Syria")),
])
def test_the_people_act(extractor: Extractor, text: str, lang: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)
