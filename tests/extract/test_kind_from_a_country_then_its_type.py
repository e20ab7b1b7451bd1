"""A word for a kind of product right followed by "from" and a country, its name then given after a few words of
type ("of the type T-72M1"): the named design comes from that country."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang", [
    ("In het depot stonden nog tanks uit Polen van het type T-72M1.", "nl"),
    ("The depot held old tanks from Poland of the T-72M1 type.", "en"),
])
def test_the_named_type_comes_from_the_country(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("T-72M1", "made_in_country", "Poland") in facts, facts
