"""Where marks follow their noun, a list closed by "and others" (など) and a short phrase for the countries it stands
for, whose head noun takes the mark of destination ("パキスタンなど多くの国に"), is where the design went."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_japanese_such_as_many_countries(extractor):
    facts = facts_of(extractor, "59式戦車はパキスタンなど多くの国に輸出された。", "ja")
    assert ("Type 59 tank", "exported_to", "Pakistan") in facts


def test_japanese_list_and_countries_noun(extractor):
    facts = facts_of(extractor, "59式戦車はパキスタンやイラクなどの国々に輸出された。", "ja")
    assert ("Type 59 tank", "exported_to", "Pakistan") in facts
    assert ("Type 59 tank", "exported_to", "Iraq") in facts


def test_japanese_other_role_not_destination(extractor):
    facts = facts_of(extractor, "59式戦車はパキスタンなどの協力で、中国で生産された。", "ja")
    assert ("Type 59 tank", "exported_to", "Pakistan") not in facts
