"""Korean: a design "made using X's technology" (X의 기술을 이용해/활용하여 만든 Y) is built on X: Y derives from X,
and what the sentence then says of Y (a sale) is not said of X."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_made_with_technology_of(extractor):
    facts = facts_of(extractor, "중국은 MiG-21의 기술을 활용하여 만든 J-7 전투기를 이집트에 수출했다.", "ko")
    assert ("Chengdu J-7", "derived_from", "MiG-21") in facts
    assert ("MiG-21", "exported_to", "Egypt") not in facts
