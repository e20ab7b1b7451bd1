"""A design the text calls identical to another ("practically identical to the SVT-40") was made after it: a derivation.
A word of degree before a word of likeness ("almost identical", "almost a copy") measures the likeness and denies
nothing, while before a deal it still says the deal did not happen. Sentences of our own."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("text", "copy", "original"), [
    ("The Type 58 carbine is practically identical to the SKS apart from its markings.", "Type 58", "SKS"),
    ("The K-50M is almost identical to the PPSh-41 of the Soviet army.", "K-50M", "PPSh-41"),
    ("The Model 48 is almost a copy of the SVT-40.", "Model 48", "SVT-40"),
])
def test_identical_to_derives(extractor: Extractor, text: str, copy: str, original: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert any(s.startswith(copy) and r == "derived_from" and o.startswith(original) for s, r, o in facts), facts


def test_almost_before_a_deal_still_denies_it(extractor: Extractor) -> None:
    assert not [f for f in facts_of(extractor, "Chile almost bought the MiG-29 in 1995.", "en")
                if f[1] == "exported_to"]
