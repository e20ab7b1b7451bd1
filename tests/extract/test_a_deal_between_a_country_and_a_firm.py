"""A word for "between" that joins a country and a firm ("a contract between India and a Russian company") names
the parties of a deal: the country is no buyer by that alone, as where it joins two countries.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("fa", "قرارداد صادرات بالگردهای Mi-17 به ارزش یک میلیارد دلار میان هند و شرکت روسی امضا شد.", "India"),
    ("fa", "قرارداد فروش بالگردهای Mi-8 در سال 2010 میان مصر و کمپانی روسی امضا شد.", "Egypt"),
    ("ar", "عقد تصدير مروحيات Mi-17 بين الهند وشركة روسية وقع عام 2008.", "India"),
])
def test_a_party_beside_a_firm_is_no_buyer(extractor: Extractor, lang: str, text: str, country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "exported_to" and f[2] == country], facts


def test_a_sale_to_a_country_still_is(extractor: Extractor) -> None:
    facts = facts_of(extractor, "روسیه بالگردهای Mi-17 را به هند صادر کرد.", "fa")
    assert ("Mi-17", "exported_to", "India") in facts, facts


@pytest.mark.parametrize("text", [
    # Persian "به امضا رسید", came to signature: a deal signed, nothing arrived
    "قرارداد خرید نخستین تانک‌های T-72 برای ایران در سال 1991 به امضا رسید.",
    "قرارداد خرید نخستین جنگنده‌های MiG-29 برای ایران در سال 1989 به امضا رسید.",
])
def test_a_deal_come_to_signature_is_no_arrival(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "fa")
    assert not [f for f in facts if f[1] == "exported_to"], facts


def test_tanks_come_to_a_country_still_arrived(extractor: Extractor) -> None:
    facts = facts_of(extractor, "نخستین تانک‌های T-72 در سال 1993 به ایران رسید.", "fa")
    assert ("T-72", "exported_to", "Iran") in facts, facts
