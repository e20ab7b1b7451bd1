"""exported_to: where a word of trade sends a product, in the word order and the marks of each language.

These sentences were written for the tests.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def _recipients(extractor: Extractor, text: str, lang: str, product: str) -> set[str]:
    return {o for subject, r, o in facts_of(extractor, text, lang) if r == "exported_to" and subject.endswith(product)}


@pytest.mark.parametrize(("text", "lang", "product", "expected"), [
    # a country after a verb that ends its clause, with no mark of "to", speaks of another clause
    ("ソ連から供与されたT-54及びポーランドで生産されたT-72の一部は博物館にある。", "ja", "T-54", set()),
    ("소련은 T-54를 이집트에 수출했으며 폴란드와 체코에서도 생산되었다.", "ko", "T-54", {"Egypt"}),
    # (guard: the marked recipient before the verb is kept)
    ("T-72 tankları Irak'a ihraç edildi, Polonya da üretti.", "tr", "T-72", {"Iraq"}),
])
def test_a_name_after_a_clause_final_verb_is_no_recipient(full_extractor: Extractor, text: str, lang: str,
                                                          product: str, expected: set[str]) -> None:
    assert _recipients(full_extractor, text, lang, product) == expected
