"""Spanish, Portuguese and Catalan "entre" is "between" and, in "entre ellos", "entre eles", "entre ells", "among
them": a phrase that brings examples of the countries a design went to, no parties of talks or a war."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("El obús D-30 se vendió a decenas de ejércitos, entre ellos Cuba y Nicaragua.", "es"),
    ("O obus D-30 foi vendido a dezenas de exércitos, entre eles Cuba e Nicarágua.", "pt"),
])
def test_among_them_lists_buyers(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("D-30", "exported_to", "Cuba") in facts
    assert ("D-30", "exported_to", "Nicaragua") in facts


def test_between_still_names_parties(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Las negociaciones entre Cuba y Nicaragua sobre el obús D-30 duraron un año.", "es")
    assert not any(rel == "exported_to" for _, rel, _ in facts)
