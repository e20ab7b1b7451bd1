"""Versions of a design made in several countries, each naming in brackets the version made there: the design
itself is made only in the countries that name none."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang", [
    ("Licensed versions of the T-72 came out of plants in Poland (PT-91), India and Yugoslavia (M-84).", "en"),
    ("Лицензионные версии Т-72 собирали в Польше (PT-91), Индии и Югославии (M-84).", "ru"),
    ("Des versions du T-72 sortirent d'usines en Pologne (PT-91), en Inde et en Yougoslavie (M-84).", "fr"),
])
def test_the_bracketed_version_is_what_that_country_made(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("M-84", "made_in_country", "Yugoslavia") in facts, facts
    assert ("T-72", "made_in_country", "Yugoslavia") not in facts, facts
    assert ("T-72", "made_in_country", "Poland") not in facts, facts
    assert ("T-72", "made_in_country", "India") in facts, facts


def test_the_design_itself_is_still_made_where_the_bracket_names_a_version(extractor):
    facts = facts_of(extractor, "The T-72 was produced in Yugoslavia (M-84) and in India.", "en")
    assert ("T-72", "made_in_country", "Yugoslavia") in facts, facts
