"""A word of what came of a design ("led to", "leading to") that a phrase of basis or versions follows ("led to
development of the Sakr-18") reads the pair once, the later design from the earlier: the phrase after it is what
the word leads to, no derivation of the earlier design from the later."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _derived(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t") if f.relation == "derived_from"}


@pytest.mark.parametrize(("text", "later", "earlier"), [
    ("Egypt's study of the BM-21 led to development of the Sakr-18.", "Sakr-18", "BM-21"),
    ("Chinese work on the KS-19, leading to development of the Type 59 gun, took years.", "Type 59", "KS-19"),
])
def test_the_later_design_derives_from_the_earlier(extractor: Extractor, text: str, later: str,
                                                    earlier: str) -> None:
    derived = _derived(extractor, text)
    assert any(later in a and earlier in b for a, b in derived)
    assert not any(earlier in a and later in b for a, b in derived)


def test_a_copy_word_after_gave_rise_still_reads(extractor: Extractor) -> None:
    derived = _derived(extractor, "The Tu-16 gave rise to a copy of it, the H-6.")
    assert any("H-6" in a and "Tu-16" in b for a, b in derived)
