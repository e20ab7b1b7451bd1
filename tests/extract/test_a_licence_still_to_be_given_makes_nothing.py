"""A licence that a country only plans, wants or intends to give or sell, where no other word of making stands, says
nothing was made yet in the country that is to get it (as it names no licence yet); a licence given does."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of

PLANNED = [
    ("es", "Moscú planeaba vender a Vietnam la licencia para fabricar el BTR-80.", "BTR-80", "Vietnam"),
    ("es", "El Kremlin planea conceder a Argelia una licencia para producir el T-90 en su suelo.", "T-90", "Algeria"),
    ("de", "Russland will Indien eine Lizenz zur Produktion des AK-103 erteilen.", "AK-103", "India"),
    ("pt", "A Rússia pretende conceder à Índia a licença de produção do fuzil AK-103.", "AK-103", "India"),
]

GIVEN = [
    ("es", "En 1975 Moscú vendió a Vietnam la licencia para fabricar el BTR-80.", "BTR-80", "Vietnam"),
    ("de", "Russland erteilte Indien eine Lizenz zur Produktion des AK-103.", "AK-103", "India"),
]


@pytest.mark.parametrize(("lang", "text", "product", "country"), PLANNED)
def test_a_planned_licence_makes_nothing_yet(extractor, lang, text, product, country):
    facts = facts_of(extractor, text, lang)
    assert not any(s == product and r == "made_in_country" for s, r, _ in facts), facts


@pytest.mark.parametrize(("lang", "text", "product", "country"), GIVEN)
def test_a_licence_given_still_places_the_making(extractor, lang, text, product, country):
    assert (product, "made_in_country", country) in facts_of(extractor, text, lang)
