"""Two names, each with its own relative clause of copying ("the Type 63 rifle, which is a copy of the M-30, and the
Type 65 rifle, which is a copy of the M-41"), pair each name with the original its own clause names: no name is the
other's original, and the first original is no copy of the second. Sentences of our own."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_each_relative_clause_pairs_its_own_name(extractor: Extractor) -> None:
    text = ("Such arms include the Type 63 rifle, which is a copy of the M-30, and the Type 65 rifle, which is a copy "
            "of the M-41.")
    derived = {(s, o) for s, r, o in facts_of(extractor, text, "en") if r == "derived_from"}
    assert ("Type 63", "M-30") in derived and ("Type 65", "M-41") in derived, derived
    assert ("Type 63", "Type 65") not in derived and ("M-30", "M-41") not in derived, derived
