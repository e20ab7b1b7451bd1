"""A known maker's name in another case after a word of place is that maker also where it is quoted, and where a
noun of making with its object and a verb of doing stand before the place (Croatian "završno sklapanje tenkova ...
provodilo se u ...", the final assembly of the tanks took place at ...).

The sentences were written for these tests.
"""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_quoted_inflected_maker(extractor):
    facts = facts_of(extractor, 'Tenkovi M-84 sklapani su u "Đuri Đakoviću".', "hr")
    assert ("M-84", "manufactured_by", "Đuro Đaković") in facts


def test_low_quote_inflected_maker(extractor):
    facts = facts_of(extractor, "Tenkovi M-84 sklapani su u „Đuri Đakoviću“.", "hr")
    assert ("M-84", "manufactured_by", "Đuro Đaković") in facts


def test_noun_of_making_with_object_and_verb_before_the_place(extractor):
    facts = facts_of(extractor, "Završno sklapanje tenkova M-84 provodilo se u Đuri Đakoviću.", "hr")
    assert ("M-84", "manufactured_by", "Đuro Đaković") in facts
