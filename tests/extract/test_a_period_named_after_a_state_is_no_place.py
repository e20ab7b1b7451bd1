"""A state a word for a period names ("in the period of the USSR", "zur Zeit der Sowjetunion", "nel periodo
dell'Urss") dates what the sentence tells: it is no place of the making, nor the scope of a licence."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("The RPK was licensed to several states and became, in the period of the USSR, a common squad weapon.", "en"),
    ("Das RPK wurde in der Zeit der Sowjetunion in großen Stückzahlen gefertigt.", "de"),
])
def test_the_state_only_dates_it(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert not any(o == "Soviet Union" for _, _, o in facts), facts


def test_a_state_after_a_word_of_place_still_is_one(extractor):
    facts = facts_of(extractor, "In the period after 1960 the RPK was produced in the Soviet Union.", "en")
    assert ("RPK", "made_in_country", "Soviet Union") in facts, facts
