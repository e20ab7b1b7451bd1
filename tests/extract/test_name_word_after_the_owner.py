"""Where the owner comes first, "A is B's Czechoslovak name" sets the naming word after the owner, a country's
adjective between ("A BVP-1 a BMP-1 csehszlovák megnevezése", "BVP-1, BMP-1'in Çekoslovak adıdır", "BVP-1은 BMP-1의
체코슬로바키아 명칭이다"): the first name is another name of the owner. Sentences of our own; they prove behaviour,
not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("hu", "Hivatalosan a BVP-1 volt a BMP-1 csehszlovák megnevezése."),
    ("tr", "BVP-1 ise BMP-1'in Çekoslovak adıydı."),
    ("ko", "BVP-1은 BMP-1의 체코슬로바키아 명칭이었다."),
])
def test_the_first_name_is_the_owner_s_other_name(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("BVP-1", "alias_of", "BMP-1") in facts, facts
