"""German writes every noun with a capital, so the one word after "auch als" may be a predicate noun ("proved also a
best seller", "served also as a model"), no other name of the design; a naming word after it ("auch als ... bekannt"),
a reporting name or a designation with digits still names it."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of

NOUNS = [
    ("Der T-72 galt in Afrika auch als Verkaufsschlager.", "T-72"),
    ("Der Kampfpanzer M-84 erwies sich später auch als Exporterfolg, weil Kuwait ihn kaufte.", "M-84"),
    ("Der Panzer T-55 diente den Rumänen auch als Vorbild.", "T-55"),
]

NAMES = [
    ("Die MiG-21 ist bei ihren Piloten auch als Balalaika bekannt.", "MiG-21", "Balalaika"),
    ("Die MiG-21, auch als Fishbed, flog zuerst 1955.", "MiG-21", "Fishbed"),
]


@pytest.mark.parametrize(("text", "product"), NOUNS)
def test_a_predicate_noun_names_nothing(extractor, text, product):
    facts = facts_of(extractor, text, "de")
    assert not any(r == "alias_of" for _, r, _ in facts), facts


@pytest.mark.parametrize(("text", "product", "name"), NAMES)
def test_a_name_after_as_still_names_it(extractor, text, product, name):
    assert (product, "alias_of", name) in facts_of(extractor, text, "de")
