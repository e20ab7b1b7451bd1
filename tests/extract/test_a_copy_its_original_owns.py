"""Where the owner comes first, a copy word the name before it owns with its genitive mark ("Su-27のコピー",
"Su-27의 복제품", "Su-27'nin kopyası"), after the country that made it, is an unnamed copy of that name, made in the
country; the name itself is the original and is not made there. A language that marks no owner apart (Hungarian
"a Szu-27 másolata", Finnish "Su-27:n kopio") sets the owner right before the word, a glued case ending at most
between."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of

CASES = [
    ("ja", "中国は1990年代にSu-27のコピーを量産した。"),
    ("ko", "중국은 1990년대에 Su-27의 복제품을 대량 생산했다."),
    ("tr", "Çin, 1990'larda Su-27'nin kopyasını seri olarak üretti."),
    ("hu", "Kína sorozatban gyártotta a Szu-27 másolatát."),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_owned_copy_is_an_unnamed_copy(extractor, lang, text):
    facts = facts_of(extractor, text, lang)
    assert ("Su-27 (Chinese copy)", "derived_from", "Su-27") in facts, facts
    assert ("Su-27 (Chinese copy)", "made_in_country", "China") in facts, facts
    assert ("Su-27", "made_in_country", "China") not in facts, facts


def test_finnish_owner_with_a_glued_ending(extractor):
    facts = facts_of(extractor, "Kiina valmisti 1990-luvulla Su-27:n kopion.", "fi")
    assert ("Su-27 (Chinese copy)", "derived_from", "Su-27") in facts, facts
