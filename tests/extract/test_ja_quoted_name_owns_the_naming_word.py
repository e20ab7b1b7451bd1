"""Japanese gives a name as the owner of a naming word: "「天馬号」の名称を与えた" (gave it the designation
"Chonma-ho"): the quoted name before の is the name given, as one glued to the word is ("天馬号と命名"). Sentences of
our own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_a_quoted_name_before_no_is_the_name_given(extractor: Extractor) -> None:
    text = "北朝鮮はT-62をライセンス生産し、その国産車に「天馬号」の名称を与えた。"
    facts = facts_of(extractor, text, "ja")
    assert ("Chonma-ho", "derived_from", "T-62") in facts, facts


def test_an_unquoted_owner_of_the_word_is_no_name_given(extractor: Extractor) -> None:
    text = "北朝鮮はT-62をライセンス生産し、T-55の名称はそのままだった。"
    facts = facts_of(extractor, text, "ja")
    assert ("T-55", "derived_from", "T-62") not in facts, facts
    assert not any(r == "alias_of" for _, r, _ in facts), facts
