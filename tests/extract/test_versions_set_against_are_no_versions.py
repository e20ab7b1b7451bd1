"""Versions that a word of comparison or contrast governs ("lighter in comparison with the first variants, for example
the T-62A") are what the subject is set against, not versions the sentence derives from anything."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("The T-62M, built for export, was lighter in comparison with the first Soviet variants, for example the T-62A.",
     "en"),
    ("Czołg T-62M, przeznaczony na eksport, był lżejszy w porównaniu z pierwszymi wersjami radzieckimi, na przykład "
     "T-62A.", "pl"),
    ("Le T-62M, destiné à l'export, était plus léger comparé aux premières versions soviétiques, par exemple le "
     "T-62A.", "fr"),
])
def test_compared_versions_are_no_versions(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert not any(s == "T-62A" and r == "derived_from" for s, r, _ in facts), facts
    assert not any(r == "derived_from" and o == "T-62A" for _, r, o in facts), facts


def test_versions_named_without_a_comparison_stay(extractor):
    facts = facts_of(extractor, "The T-62 had later Soviet models, such as the T-62M.", "en")
    assert ("T-62M", "derived_from", "T-62") in facts, facts
