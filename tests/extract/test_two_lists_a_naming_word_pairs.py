"""Two lists as long that a word for "as" (or a phrase "under the names") joins after a making pair in order: each
name of the second is the copy of the name in the same place of the first ("built the A and the B as the X and the
Y"), not all of the last original. A comma may set a phrase of naming off from its making ("produced under licence,
under the names X and Y"); a bare "as" after a comma still compares."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_english_lists_pair_in_order(extractor):
    text = "In the 1950s Poland built the MiG-15 and the MiG-17 under licence as the Lim-1 and the Lim-5."
    facts = {(s, r, o) for s, r, o in facts_of(extractor, text, "en") if r == "derived_from"}
    originals = {o for s, r, o in facts if "Lim-1" in s}
    assert originals == {"MiG-15"}, facts
    assert any("Lim-5" in s and o == "MiG-17" for s, r, o in facts), facts


def test_romanian_names_set_off_by_a_comma(extractor):
    text = "Polonia a fabricat MiG-15 și MiG-17 sub licență, sub denumirile Lim-1 și Lim-5."
    facts = {(s, r, o) for s, r, o in facts_of(extractor, text, "ro") if r == "derived_from"}
    assert {o for s, r, o in facts if "Lim-1" in s} == {"MiG-15"}, facts
    assert {o for s, r, o in facts if "Lim-5" in s} == {"MiG-17"}, facts


def test_a_list_of_names_after_a_kind_word_with_a_place_between(extractor):
    # (the second name of the list ends in a Roman number; a place stands between the list and the naming phrase)
    text = ("În 1975, statul a fost licențiat de Franța să fabrice elicopterele Vultur și Corb II la Ghimbav, "
            "sub denumirile IAR-501 și IAR-502.")
    facts = set(facts_of(extractor, text, "ro"))
    assert ("IAR-501", "derived_from", "Vultur") in facts, facts
    assert ("IAR-502", "derived_from", "Corb II") in facts, facts
    assert ("IAR-501", "licensed_by", "France") in facts, facts
    assert not any(r == "alias_of" for _, r, _ in facts), facts   # (a copy made is no other name of the original)
    assert not any(s == "Vultur" and r == "licensed_by" for s, r, _ in facts), facts
