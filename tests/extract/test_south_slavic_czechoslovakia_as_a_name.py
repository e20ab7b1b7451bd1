"""Croatian, Bosnian and Serbian "Čehoslovačka" (Czechoslovakia) is a name shaped like an adjective.

Its case forms after "u" name the state where a thing was made, not a Czechoslovak licence. Each sentence was
written for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Transporter OT-64 proizvodio se u Čehoslovačkoj pod licencom.", "hr"),
    ("Transporter OT-64 je po licenci proizveden u Čehoslovačkoj.", "bs"),
    ("Оклопни транспортер ОТ-64 производио се у Чехословачкој под лиценцом.", "sr"),
])
def test_place_of_making_not_licensor(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("OT-64 SKOT", "made_in_country", "Czechoslovakia") in facts
    assert ("OT-64 SKOT", "licensed_by", "Czechoslovakia") not in facts


def test_slovenian_into_czechoslovakia(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Letala MiG-23 so v Češkoslovaško dobavljali iz Sovjetske zveze.", "sl")
    assert ("MiG-23", "exported_to", "Czechoslovakia") in facts, facts
