"""A naming word may hold a copula or a pronoun of its own: Vietnamese "còn được gọi là" (also called) holds "là" (is),
which then says no design is another's ("Mi-17 còn được gọi là Mi-8MT, được sản xuất ..." names one helicopter, no
version of another); and "gọi nó là" (calls it) points back at the design spoken of, however far the sentence that
gave it. A quoted name alone in brackets right after a design is its other name. Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


def test_a_copula_inside_a_naming_word_names(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Trực thăng Mi-17 còn được gọi là Mi-8MT, được sản xuất ở Kazan từ năm 1977.", "vi")
    assert ("Mi-17", "alias_of", "Mi-8MT") in facts
    assert ("Mi-17", "derived_from", "Mi-8MT") not in facts


def test_calls_it_points_back_at_the_design_spoken_of(extractor: Extractor) -> None:
    text = "Trực thăng Mi-24 được chế tạo ở Rostov từ năm 1970; khi bán ra nước ngoài, người ta gọi nó là Mi-35."
    assert ("Mi-24", "alias_of", "Mi-35") in facts_of(extractor, text, "vi")


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", 'Pilots knew the MiG-21 ("Balalaika") well.', ("MiG-21", "alias_of", "Balalaika")),
    ("ru", "Экипажи хвалили танк Т-72 («Урал») за простоту.", ("T-72", "alias_of", "Ural (Урал)")),
])
def test_a_quoted_name_alone_in_brackets(extractor: Extractor, lang: str, text: str,
                                         fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)
