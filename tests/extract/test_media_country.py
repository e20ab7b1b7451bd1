"""A country on a word for news media ("Russian media", "médias russes", "Kiinan lehdistö") is whose report the
sentence gives, no place of making; a place of making the report names stays."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang", [
    ("Laut russischen Zeitungen wurden die QR-40 noch im Krieg gebaut.", "de"),
    ("Russischen Medien zufolge wurden die QR-40 noch im Krieg gebaut.", "de"),
    ("据俄罗斯媒体报道，这批QR-40是在战争期间生产的。", "zh"),
    ("Venäjän lehdistön mukaan QR-40 on valmistettu sodan aikana.", "fi"),
])
def test_the_reporters_country_makes_nothing(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("QR-40", "made_in_country", "Russia") not in facts, facts


def test_a_place_after_the_making_stays(extractor):
    facts = facts_of(extractor, "Die QR-40 wurden in Polen gebaut, schreibt die russische Presse.", "de")
    assert ("QR-40", "made_in_country", "Poland") in facts, facts
    assert ("QR-40", "made_in_country", "Russia") not in facts, facts
