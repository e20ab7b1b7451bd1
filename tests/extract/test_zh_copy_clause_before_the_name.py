"""Chinese sets a clause of copying or basis before the name it describes, closed by 的 ("仿制RPD的56式轻机枪", the
Type 56 machine gun that copies the RPD): the name after 的 is the copy, the verb's object its original. Sentences of
our own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_a_copy_clause_names_the_copy_after_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "这个连队后来换装了仿制SKS的56式半自动步枪。", "zh")
    assert ("Type 56 carbine", "derived_from", "SKS") in facts, facts


def test_a_word_for_the_kind_may_close_the_original(extractor: Extractor) -> None:
    facts = facts_of(extractor, "工厂批量生产仿制苏联RPD轻机枪的56式轻机枪。", "zh")
    assert ("Type 56 light machine gun", "derived_from", "RPD") in facts, facts


def test_a_basis_clause_in_traditional_script(extractor: Extractor) -> None:
    facts = facts_of(extractor, "基於T-54A的59式坦克由617廠製造。", "zh")
    assert ("Type 59 tank", "derived_from", "T-54A") in facts, facts


def test_a_copy_named_first_still_copies_what_follows(extractor: Extractor) -> None:
    facts = facts_of(extractor, "59式坦克仿制了T-54A的设计。", "zh")
    assert ("Type 59 tank", "derived_from", "T-54A") in facts, facts
    assert ("T-54A", "derived_from", "Type 59 tank") not in facts, facts


def test_a_clause_ended_by_a_comma_describes_nothing_after_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "中国仿制AK-47,的确让56式冲锋枪广为流传。", "zh")
    assert ("AK-47", "derived_from", "Type 56") not in facts, facts


def test_a_making_before_a_copy_clause_makes_the_copy(extractor: Extractor) -> None:
    # "made the Y-5 copied from the An-2": the making's object is the name the clause of copying qualifies, not the
    # original the clause names (the original holds its own country's rights and was not made here)
    for text in ("中国后来批量生产由安-2仿制出的运-5飞机。", "中國後來批量生產由安-2飛機仿製出的運-5。"):
        facts = facts_of(extractor, text, "zh")
        assert ("An-2", "made_in_country", "China") not in facts, facts
        assert ("Nanchang Y-5", "made_in_country", "China") in facts, facts
