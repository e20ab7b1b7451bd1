"""A name inside brackets that open right after another name and hold more than it (an aside spelling the first name
out) is no subject of what the words past the brackets say: the name before the brackets is."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "MTT-77 (Mașina de Transport a Trupelor Model 1977) is a Romanian carrier developed from the BTR-70.",
    "The MTT-77 (Masina de Transport Model 1977) was a Romanian rework of the BTR-70.",
])
def test_what_follows_the_brackets_is_said_of_the_name_before_them(extractor, text):
    facts = facts_of(extractor, text, "en")
    assert ("MTT-77", "derived_from", "BTR-70") in facts, facts
    assert not any(s == "Model 1977" for s, _, _ in facts), facts


def test_a_name_the_brackets_speak_of_keeps_what_they_say(extractor):
    facts = facts_of(extractor, "The T-72 (of which the T-72M was the export version) was built in Poland.", "en")
    assert ("T-72M", "derived_from", "T-72") in facts, facts
