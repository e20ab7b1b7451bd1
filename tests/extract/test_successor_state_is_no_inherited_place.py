"""A design the registry says is made in a state is made in the states that later succeeded it, though a design it
derives from was made there too (the M92, of Serbia and Montenegro, made in Serbia after the M70); a state its own
succeeded is still the original's place, not the design's. Sentences of our own; they prove behaviour, not
quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_a_design_is_made_in_the_state_that_succeeded_its_own(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The M92 carbine has been made in Serbia since 1992.", "en")
    assert ("Zastava M92", "made_in_country", "Serbia") in facts


def test_the_state_its_own_succeeded_is_still_the_originals(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Mi-171Sh is assembled in the Soviet Union.", "en")
    assert not any(r == "made_in_country" and o == "Soviet Union" for _, r, o in facts)
