"""A currency's sign glued to a country's name ("US$", "NZ$", "HK$") says a price, not a party to a deal: "spent
US$90 million to buy ten F-7 jets" sells nothing to the United States. Sentences of our own; they prove behaviour,
not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("price", ["US$90 million", "US$ 90 million"])
def test_a_country_before_a_currency_sign_buys_nothing(extractor: Extractor, price: str) -> None:
    text = f"Last year Zambia spent {price} to purchase ten F-7 fighters from China."
    facts = facts_of(extractor, text, "en")
    assert ("Chengdu F-7", "exported_to", "Zambia") in facts
    assert not {o for s, r, o in facts if r == "exported_to"} - {"Zambia"}, facts


def test_the_country_itself_still_buys(extractor: Extractor) -> None:
    text = "In 2009 China delivered ten F-7 fighters to the US for tests."
    assert ("Chengdu F-7", "exported_to", "United States") in facts_of(extractor, text, "en")
