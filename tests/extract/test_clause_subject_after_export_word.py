"""A country after a word of export, past a clause mark and right before a verb of its own (a word of beginning or
"itself" at most between), is the next clause's subject: it received nothing, and it makes what its verb makes."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_chinese_after_aid_stopped(extractor):
    facts = facts_of(extractor, "苏联停止援助后,中国开始自行生产歼6。", "zh")
    assert ("Shenyang J-6", "exported_to", "China") not in facts
    assert ("Shenyang J-6", "made_in_country", "China") in facts


def test_recipient_right_after_word_still_read(extractor):
    facts = facts_of(extractor, "苏联向中国出口了歼6战斗机。", "zh")
    assert ("Shenyang J-6", "exported_to", "China") in facts
