"""A list of places keeps its first item's preposition past the copy each place may take in brackets: in "v
Indii (T-72M1), Polsku (XT-91) a Jugoslávii" the Czech "Polsku" is a locative like the first name, not a dative that
sends something to Poland (the number in the brackets used to end the look back for the list's preposition). A
dative list with a bracket inside stays a list of receivers.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of

MADE = "Podle licence se T-72 vyráběly v Indii (T-72M1), Polsku (XT-91) a Jugoslávii, která je pak vyvážela."


def test_a_place_after_a_bracketed_copy_is_no_receiver(extractor: Extractor) -> None:
    facts = facts_of(extractor, MADE, "cs")
    assert not [f for f in facts if f[1] == "exported_to" and f[2] == "Poland"], facts


def test_the_copy_in_brackets_after_that_place_is_made_and_licensed_there(extractor: Extractor) -> None:
    facts = facts_of(extractor, MADE, "cs")
    assert {("XT-91", "made_in_country", "Poland"), ("XT-91", "derived_from", "T-72"),
            ("XT-91", "licence_status", "licensed")} <= facts, facts


def test_a_dative_list_with_a_bracket_still_receives(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Sovětský svaz prodal tanky T-72 Indii (T-72M1), Polsku a Sýrii.", "cs")
    assert {("T-72", "exported_to", c) for c in ("India", "Poland", "Syria")} <= facts, facts
