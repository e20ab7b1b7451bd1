"""Where a word for "with" follows its noun (Finnish "kanssa", Turkish "ile birlikte"), a country right before it is
a party the making was done with, no place of the making.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "party"), [
    ("fi", "Suomi valmisti RK 62 -kiväärejä Omanin kanssa.", "Oman"),
    ("fi", "Puola valmisti T-55-vaunuja Neuvostoliiton kanssa tehdyn sopimuksen nojalla.", "Soviet Union"),
    ("tr", "Polonya, T-55 tankını Sovyetler Birliği ile birlikte üretti.", "Soviet Union"),
])
def test_a_country_before_a_following_with_is_no_place(extractor: Extractor, lang: str, text: str,
                                                        party: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "made_in_country" and f[2] == party], facts


@pytest.mark.parametrize(("lang", "text", "place"), [
    # (a place the word of place marks stays the place; Turkish "ile" alone joins a list)
    ("fi", "RK 62 -kiväärejä valmistettiin Suomessa.", "Finland"),
    ("tr", "T-55 tankı Polonya ile Çekoslovakya'da üretildi.", "Poland"),
])
def test_a_place_stays_a_place(extractor: Extractor, lang: str, text: str, place: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(f[1] == "made_in_country" and f[2] == place for f in facts), facts
