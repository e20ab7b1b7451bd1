"""Korean gives a name with a quotative glued to it ("X라는 이름으로", under the name X): where the name is written
with its kind ("58식 보총이라는 이름으로", under the name Type 58 rifle), the word for the kind names nothing, and the
name before it is the one given. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text, copy, original, noun", [
    ("북한은 소련의 AK-47을 면허 생산하여 58식 보총이라는 이름으로 배치했다.", "Type 58", "AK-47", "보총"),
    ("북한은 AKM을 복제하여 68식 소총이라는 이름으로 생산했다.", "Type 68", "AKM", "소총"),
])
def test_kind_word_before_the_quotative_is_no_name(extractor: Extractor, text: str, copy: str, original: str,
                                                   noun: str) -> None:
    facts = facts_of(extractor, text, "ko")
    assert (copy, "derived_from", original) in facts, facts
    assert not any(noun in (s, o) for s, _, o in facts), facts


def test_bare_name_before_the_quotative_still_read(extractor: Extractor) -> None:
    facts = facts_of(extractor, "북한은 T-62를 천마호라는 이름으로 생산했다.", "ko")
    assert ("Chonma-ho", "derived_from", "T-62") in facts, facts
