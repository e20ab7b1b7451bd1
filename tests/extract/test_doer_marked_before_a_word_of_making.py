"""Where a clause comes before its noun, the country marked as the clause's doer right before a word of making made
the design the clause describes; a country named before it (the sentence's topic) did not."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text, lang, design, maker, user", [
    ("북한은 소련이 만든 Il-28 폭격기를 지금도 보유하고 있다.", "ko", "Il-28", "Soviet Union", "North Korea"),
    ("쿠바는 소련이 생산한 MiG-23 전투기를 운용하였다.", "ko", "MiG-23", "Soviet Union", "Cuba"),
    ("北朝鮮はソ連が生産したMiG-21を長く運用した。", "ja", "MiG-21", "Soviet Union", "North Korea"),
])
def test_the_marked_doer_is_the_place_of_making(extractor, text, lang, design, maker, user):
    facts = facts_of(extractor, text, lang)
    assert (design, "made_in_country", maker) in facts, facts
    assert (design, "made_in_country", user) not in facts, facts


def test_a_lone_country_before_the_word_still_makes_it(extractor):
    facts = facts_of(extractor, "소련이 생산한 MiG-21 전투기는 여러 나라에 수출되었다.", "ko")
    assert ("MiG-21", "made_in_country", "Soviet Union") in facts, facts
