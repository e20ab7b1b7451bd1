"""Korean writes "but" as the ending of the first clause's verb, before the comma ("…볼 수 있지만, …"): the clause
after the comma, naming a product of its own, is read on its own, so what the first clause says of its product is
not said of the second one's. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_the_copy_of_the_first_clause_is_not_the_second_products(extractor: Extractor) -> None:
    text = "많은 사람들은 T-34를 BT-7의 후계 개량형이라 부를 수 있지만, T-44는 독자 개발 전차였다."
    facts = facts_of(extractor, text, "ko")
    assert ("T-34", "derived_from", "BT-7") in facts
    assert ("T-34", "derived_from", "T-44") not in facts
    assert ("BT-7", "derived_from", "T-44") not in facts


def test_a_clause_that_names_no_product_after_the_comma_is_not_cut(extractor: Extractor) -> None:
    facts = facts_of(extractor, "T-55 전차는 이라크로 수출되었지만, 많은 수가 전쟁에서 파괴되었다.", "ko")
    assert ("T-55", "exported_to", "Iraq") in facts
