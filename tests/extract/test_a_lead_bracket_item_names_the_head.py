"""In a lead's brackets, items a semicolon parts are each said of the name before the brackets: a naming word or a
reporting name in a later item names that name, not the name an earlier item gave (an export version's)."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_reporting_name_after_an_export_version_item(extractor):
    text = "The Chengdu J-7 (export version: F-7; NATO reporting name: Fishcan) served for decades."
    facts = facts_of(extractor, text, "en")
    assert ("Chengdu F-7", "alias_of", "Fishcan") not in facts, facts
    assert ("Chengdu J-7", "alias_of", "Fishcan") in facts, facts
