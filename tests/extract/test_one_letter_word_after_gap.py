"""A one-letter word that ends a phrase after a gap ("landed ~ v", "known ~ as" written with a one-letter "as")
is found up to the gap's words later, as a longer word there is; it still must stand as a word of its own.

The sentences were written for these tests.
"""

from __future__ import annotations

from copytrace.extract.match import Matcher, Phrase, match_fold

from .conftest import facts_of

ALIAS = Phrase("alias", "alias")


def _found(matcher: Matcher, text: str) -> list[str]:
    return [text[m.start:m.end] for m in matcher.find(text, match_fold(text))]


def test_one_letter_word_after_a_gap() -> None:
    matcher = Matcher()
    matcher.add("known ~ x", ALIAS)
    assert _found(matcher, "it was known x Foo") == ["known x"]
    assert _found(matcher, "it was known in the West x Foo") == ["known in the West x"]


def test_one_letter_word_past_the_gap_or_inside_a_word_is_none() -> None:
    matcher = Matcher()
    matcher.add("known ~ x", ALIAS)
    assert _found(matcher, "it was known in the far east then x Foo") == []
    assert _found(matcher, "it was known in xylophones") == []


def test_hebrew_known_as_with_a_place_between(extractor) -> None:
    facts = facts_of(extractor, "הטנק T-54 נודע בצבא כ-Tiran 4.", "he")
    assert ("T-54", "alias_of", "Tiran 4") in facts, facts
