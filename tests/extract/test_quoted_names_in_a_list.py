"""Quoted names that a comma or a word for "and" or "or" joins on to a quoted name a naming word gives are other
names too, each of them.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

CASES = [
    ("en", 'The Mi-2 was nicknamed "the bumblebee", "the beetle" or "the wasp" by its crews.',
     {"the bumblebee", "the beetle", "the wasp"}),
    ("pl", "Śmigłowiec Mi-2, nazywany przez pilotów „bąkiem”, „żukiem” lub „osą”, służył długo.",
     {"bąkiem", "żukiem", "osą"}),
]


@pytest.mark.parametrize(("lang", "text", "names"), CASES)
def test_each_quoted_name_of_the_list_is_an_alias(extractor, lang: str, text: str, names: set[str]) -> None:
    facts = facts_of(extractor, text, lang)
    assert names <= {o for s, r, o in facts if r == "alias_of" and s == "Mi-2"}, facts


def test_a_quoted_word_past_another_word_is_no_name(extractor) -> None:
    facts = facts_of(extractor, 'The Mi-2 was nicknamed "the bumblebee" while "serious" pilots disliked it.', "en")
    assert ("Mi-2", "alias_of", "serious") not in facts, facts
