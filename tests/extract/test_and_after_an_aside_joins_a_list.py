"""A word for "and" that ends the words between two names, after an aside about the first ("the AK-74 with a
lighter round (made from 1974) and the Type 56 model ..."), joins two items of one list: a word of versions after
the second makes neither the other's original."""

from __future__ import annotations

from .conftest import facts_of


def test_persian_list_item_after_an_aside_is_no_original(extractor) -> None:
    facts = facts_of(extractor, "معروف‌ترین انواع آن آکا-ام (ساخت از سال ۱۹۵۹)، آکا-۷۴ با فشنگ کوچک‌تر "
                                "(ساخت از سال ۱۹۷۴) و تایپ-۵۶ مدل ساخت چین هستند.", "fa")
    assert ("AK-74", "derived_from", "Type 56") not in facts
    assert ("AK-74", "introduced_year", "1974") in facts
    assert ("Type 56", "made_in_country", "China") in facts
