"""A maker the registry seats in one country the text never names, making a design the text makes in another
country, is another organisation of the same name: Arabic "هيئة التصنيع الحربي" (military industry authority) is
the registry's name of Sudan's, and Iraq's is called so too. The name is kept as the text writes it.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of

SUDAN = "Military Industry Corporation (Sudan)"


def test_same_name_in_another_country(extractor: Extractor) -> None:
    facts = facts_of(extractor, "صنعت هيئة التصنيع الحربي مدافع D-30 في العراق.", "ar")
    assert ("D-30", "made_in_country", "Iraq") in facts, facts
    assert ("D-30", "manufactured_by", SUDAN) not in facts, facts
    assert ("D-30", "manufactured_by", "هيئة التصنيع الحربي") in facts, facts


def test_the_registrys_own_where_its_country_is_named(extractor: Extractor) -> None:
    facts = facts_of(extractor, "صنعت هيئة التصنيع الحربي بنادق AK-47 في السودان.", "ar")
    assert ("AK-47", "manufactured_by", SUDAN) in facts, facts
