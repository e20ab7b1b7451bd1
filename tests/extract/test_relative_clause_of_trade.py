"""Where the verb ends its clause (Japanese), a word of export in its relative form right before a name says what
went of that name ("エジプトへ輸出されたJ-7"): not of the names a clause before it speaks of, which a long sentence
joins with "が" (but). Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_the_exported_name_is_the_one_the_verb_stands_before(extractor: Extractor) -> None:
    text = "空軍はJ-10とSu-27を新たに受領したが、イランとエジプトへ輸出されたJ-7はまだ現役だ。"
    facts = facts_of(extractor, text, "ja")
    exported = {(s, o) for s, r, o in facts if r == "exported_to"}
    assert any(s.endswith("J-7") and o == "Egypt" for s, o in exported), facts
    assert not any(s in {"J-10", "Su-27"} for s, _ in exported), facts


def test_a_comma_after_the_verb_ends_its_clause(extractor: Extractor) -> None:
    # (the T-55 exported to Egypt; the T-62 of the next clause was not)
    text = "T-55はエジプトに輸出され、T-62は国内で使われた。"
    facts = facts_of(extractor, text, "ja")
    assert ("T-55", "exported_to", "Egypt") in facts, facts
    assert not any(s == "T-62" and r == "exported_to" for s, r, _ in facts), facts
