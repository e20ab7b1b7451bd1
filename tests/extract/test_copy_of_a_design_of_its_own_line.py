"""A copy the text leaves unnamed, which a country makes of a design the registry derives from one of that country's
own designs, is no product of its own: the country's design is what the words speak of (a Chinese copy of an Iranian
copy of a Chinese rifle is the Chinese rifle)."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("KL-7,62 — иранская копия Type 56; первые партии повторяли китайский аналог.", "ru"),
    ("Винтовки KL-7,62 скопированы с Type 56. Ранние партии повторяли китайский аналог во всём.", "ru"),
])
def test_no_copy_made_where_the_line_began(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert not any(s.endswith("(Chinese copy)") for s, _, _ in facts), facts


def test_a_copy_made_elsewhere_stays(extractor):
    facts = facts_of(extractor, "Yugoslavia made a copy of the Type 56 without a licence.", "en")
    assert ("Type 56 (Yugoslav copy)", "derived_from", "Type 56") in facts, facts
