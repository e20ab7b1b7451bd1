"""Japanese "製造能力" / "製造技術" (the capability or the technology to make a design), handed over by its owner,
is a licence, as technology and drawings are; the owner is no place where it was made. Sentences of our own; they
prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_a_capability_to_make_handed_over_is_a_licence(extractor: Extractor) -> None:
    facts = facts_of(extractor, "ポーランドはソ連からAn-2輸送機の設計と製造能力を提供してもらった。", "ja")
    assert ("An-2", "licence_status", "licensed") in facts
    assert ("An-2", "licensed_by", "Soviet Union") in facts
    assert ("An-2", "made_in_country", "Soviet Union") not in facts
