"""A designation written right before the last word of a longer known name ("T-55 Enigma", which the registry also
knows by its last word alone) is one mention of that name: the plain design is not named there, and takes none of the
facts said of the longer one; a nickname after a designation ("Mi-8 Hip") stays an alias of it."""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_designation_and_last_word_are_one_name(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Die T-55 Enigma ist eine irakische Modernisierung des T-55.", "de")
    assert ("T-55 Enigma", "derived_from", "T-55") in facts, facts
    assert ("T-55", "made_in_country", "Iraq") not in facts, facts


def test_english_designation_and_last_word_are_one_name(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The T-55 Enigma was an Iraqi upgrade of the T-55 tank.", "en")
    assert ("T-55", "made_in_country", "Iraq") not in facts, facts


def test_nickname_after_a_designation_stays_an_alias(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Mi-8 Hip was built in Kazan.", "en")
    assert ("Mi-8", "alias_of", "Hip") in facts, facts
