"""Japanese names a country's version with the country glued to 型 ("中国型", the Chinese model) as it does with 版:
"MiG-19の中国型であるJ-6" makes the J-6 a Chinese version of the MiG-19, so the J-6 is the name a later verb in the
sentence derives another design from. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_a_country_model_word_makes_a_version(extractor: Extractor) -> None:
    facts = facts_of(extractor, "J-6はMiG-19の中国型として大量に作られた。", "ja")
    assert ("Shenyang J-6", "derived_from", "MiG-19") in facts, facts


def test_the_version_named_by_it_is_the_original_of_a_later_verb(extractor: Extractor) -> None:
    facts = facts_of(extractor, "強撃5という攻撃機は、MiG-19の中国型であるJ-6をもとに中国で派生開発された。", "ja")
    assert ("Q-5", "derived_from", "Shenyang J-6") in facts, facts
    assert ("Q-5", "derived_from", "MiG-19") not in facts, facts
