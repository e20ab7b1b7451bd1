"""The Arabic comma (،), which Arabic, Persian and Urdu write, ends an adjective's phrase as a Latin comma does: a
country's adjective before it qualifies the noun before it, not the product named after the comma."""

from __future__ import annotations

from .conftest import facts_of

TEXT = ("شاهد زوار المعرض دبابات “تي-72 إف”، وهي تشبه كثيرا دبابات “تي-90 إم” الروسية.\n"
        "وحسب مصادر {adj}، فإن هذه الدبابات جرى تحديثها محليا.\n")


def test_adjective_before_an_arabic_comma_is_not_the_products(extractor):
    facts = facts_of(extractor, TEXT.format(adj="روسية"), "ar")
    assert ("T-72F", "made_in_country", "Russia") not in facts, facts
    assert ("T-90M", "made_in_country", "Russia") in facts, facts


def test_adjective_after_the_name_still_reads(extractor):
    facts = facts_of(extractor, "ظهرت الدبابة “تي-90 إم” الروسية في عرض عسكري.", "ar")
    assert ("T-90M", "made_in_country", "Russia") in facts, facts
