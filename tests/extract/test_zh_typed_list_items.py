"""A Chinese list whose items each close with a type word ("歼-7P型、歼-7MP型、歼-7MF型等系列") is still a list of
versions side by side: none is a version of the last, as with bare names ("歼-7II、歼-7M、歼-7E"). Sentences of our own;
they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_typed_items_of_a_list_are_no_versions_of_each_other(extractor: Extractor) -> None:
    facts = facts_of(extractor, "出口的有歼-7B型、歼-7M型、歼-7MG型等系列。", "zh")
    assert not any(r == "derived_from" and o == "J-7MG" for _, r, o in facts), facts


def test_a_typed_name_owned_by_another_is_still_its_version(extractor: Extractor) -> None:
    facts = facts_of(extractor, "歼-7MG型是歼-7M型的改进型。", "zh")
    assert ("J-7MG", "derived_from", "J-7M") in facts, facts
