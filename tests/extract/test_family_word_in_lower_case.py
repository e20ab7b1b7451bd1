"""The rifle's family name written as a common noun, and a family name right after a model of it.

Croatian, Serbian, Bosnian and Slovenian write the rifle in lower case ("kalašnjikov", "kalašnikovka"), unlike the
designer's surname; and "the AK-47 Kalashnikov" names one model, not the model and the family. Each sentence here
was written for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Puška M70 kopija je sovjetskog kalašnjikova.", "hr"),
    ("Пушка М70 је копија совјетског калашњикова.", "sr"),
    ("U Kragujevcu su se izrađivale puške M70, domaće inačice kalašnjikova.", "bs"),
    ("Puška M70 je jugoslovanska kalašnikovka.", "sl"),
])
def test_the_rifle_in_lower_case_is_the_family(extractor: Extractor, text: str, lang: str) -> None:
    assert ("Zastava M70", "derived_from", "AK") in facts_of(extractor, text, lang)


def test_the_designer_keeps_his_capital(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Mihail Kalašnjikov umro je 2013. godine u Iževsku.", "hr")
    assert not any(s == "AK" for s, _, _ in facts)


def test_a_family_name_after_its_model_is_part_of_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Type 56 is a copy of the AK-47 Kalashnikov.", "en")
    assert ("Type 56", "derived_from", "AK-47") in facts
    assert ("Type 56", "derived_from", "AK") not in facts
