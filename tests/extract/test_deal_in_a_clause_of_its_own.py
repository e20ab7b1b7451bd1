"""A deal with a party makes what the sentence makes a licence from that party only where the deal and the making
share a clause: a deal in a clause of its own, that "and" or "but" opens after a comma, is another matter (a sale,
an overhaul)."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _licences(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(f.relation, f.object) for f in extractor.extract_text(text, "t")
            if f.relation in {"licence_status", "licensed_by"}}


@pytest.mark.parametrize("text", [
    "The Mielec plant assembled the Lim-6, and a new agreement with Syria was signed in 1972.",
    "Bulgaria built the MT-LB at Sofia; and a contract with India for spares followed later.",
])
def test_deal_in_another_clause_gives_no_licence(extractor: Extractor, text: str) -> None:
    assert _licences(extractor, text) == set()


@pytest.mark.parametrize(("text", "licensor"), [
    ("Production of the Lim-6 began in Poland in 1961 after an agreement with the USSR.", "Soviet Union"),
    ("Under a 1957 agreement with the USSR, China built the J-6 in Shenyang.", "Soviet Union"),
])
def test_deal_in_the_clause_of_making_is_a_licence(extractor: Extractor, text: str, licensor: str) -> None:
    assert ("licensed_by", licensor) in _licences(extractor, text)
