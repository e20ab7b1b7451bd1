"""A name that a word of likeness opens brackets with is what the design before them is likened to, however many
words follow it inside the brackets: what the sentence goes on to say of lineage is the design's, not the name's."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "The Yak-25, a twin-engined interceptor (like the F-89 of the American air arm) was developed from the Yak-120.",
    "O Yak-25, interceptor de dois motores (como os F-89 da defesa aérea americana), foi desenvolvido a partir do "
    "Yak-120.",
    "O Yak-25, interceptor de dois motores (semelhante aos F-89 da defesa aérea americana), foi desenvolvido a "
    "partir do Yak-120.",
])
def test_name_likened_in_brackets_takes_no_lineage(extractor, text):
    facts = facts_of(extractor, text)
    assert not any(s == "F-89" and r == "derived_from" for s, r, _ in facts), facts


def test_name_that_brackets_only_give_keeps_its_lineage(extractor):
    facts = facts_of(extractor, "The Yak-25 (Yak-120 of the early series) was developed from the Yak-15.")
    assert any(s == "Yak-25" and r == "derived_from" and o == "Yak-15" for s, r, o in facts), facts
