"""A word in capitals that the language file lists for a kind of product (Russian "БМП", an infantry fighting
vehicle; "БТР", an armoured carrier) is no maker where it stands before a word of making.

The sentences were written for these tests.
"""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_kind_acronym_before_a_noun_of_making(extractor):
    facts = facts_of(extractor, "БМП польского производства получила обозначение BWP-1.", "ru")
    assert not any(r == "manufactured_by" for _, r, _ in facts)


def test_kind_acronym_before_a_noun_of_making_with_a_dash(extractor):
    facts = facts_of(extractor, "БМП чехословацкого производства — это BVP-1.", "ru")
    assert not any(r == "manufactured_by" and o == "BMP" for _, r, o in facts)
    assert ("BVP-1", "made_in_country", "Czechoslovakia") in facts
