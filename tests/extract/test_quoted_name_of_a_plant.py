"""A quoted name a word of naming gives ("meist „WKWS“ abgekürzt", "unter einem Ehrennamen bekannt")
names the plant or company named right before it ("das Unternehmen", "Werk 30"), not a product: no product of that
name takes the text's facts. A quoted name given to a product ("Der Panzer wurde „Vihor“ genannt") still names one.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_a_company_abbreviation_is_no_product(small_extractor: Extractor) -> None:
    text = "Im Schriftverkehr wurde das Unternehmen meist „WKWS“ abgekürzt. Gewehre fertigte es in Suhl."
    facts = facts_of(small_extractor, text, "de")
    assert not [f for f in facts if f[0] == "WKWS"], facts


def test_a_product_nickname_still_names_it(small_extractor: Extractor) -> None:
    facts = facts_of(small_extractor, "Der Panzer wurde „Vihor“ genannt und in Polen gebaut.", "de")
    assert ("Vihor", "made_in_country", "Poland") in facts, facts
