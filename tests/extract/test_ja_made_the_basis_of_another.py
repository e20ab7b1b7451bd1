"""Japanese "XをYのベースとした" (made X the basis of Y): the name before の and the word of basis is what was built,
the name marked を its original; "XをベースとしたY" (Y based on X) still reads the other way. Sentences of our own;
they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "その工場はZK-7をZK-9のベースとした。",
    "設計局はZK-7をZK-9の原型とした。",
])
def test_the_name_before_no_is_what_was_built(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "ja")
    assert ("ZK-9", "derived_from", "ZK-7") in facts
    assert ("ZK-7", "derived_from", "ZK-9") not in facts


def test_a_design_based_on_another_still_reads_forward(extractor: Extractor) -> None:
    facts = facts_of(extractor, "ZK-9はZK-7をベースとした練習機である。", "ja")
    assert ("ZK-9", "derived_from", "ZK-7") in facts


def test_a_word_for_its_kind_may_stand_before_the_mark(extractor: Extractor) -> None:
    facts = facts_of(extractor, "ZK-7はZK-9戦車のベースとなった。", "ja")
    assert ("ZK-9", "derived_from", "ZK-7") in facts
    assert ("ZK-7", "derived_from", "ZK-9") not in facts
