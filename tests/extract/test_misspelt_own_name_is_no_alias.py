"""A quoted word right after a designation that is a word of the design's own name with one letter changed, added or
left out is that name misspelt, no other name of the design; a different word is still read as one.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_a_misspelt_own_name_is_no_alias(extractor: Extractor) -> None:
    facts = facts_of(extractor, 'Armia planuje remont czołgów PT-91M "Pandekar" w przyszłym roku.', "pl")
    assert not any(f[1] == "alias_of" for f in facts), facts


def test_another_quoted_name_is_still_an_alias(extractor: Extractor) -> None:
    facts = facts_of(extractor, 'Armia planuje remont czołgów PT-91M "Tygrys" w przyszłym roku.', "pl")
    assert any(f[1] == "alias_of" and f[2] == "Tygrys" for f in facts), facts
