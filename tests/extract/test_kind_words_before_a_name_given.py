"""The words of a design's kind between the making and the design ("fabriquer chez elle l'hélicoptère de transport Mi-4
sous la désignation de Z-5") do not part the making from the name it gives: the name is the copy made, derived from the
design, and what the sentence says of the making is said of it. Sentences of our own; they prove behaviour, not
quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("text", [
    "En 1958, Moscou autorisa la Chine à fabriquer chez elle l’hélicoptère de transport Mil Mi-4 "
    "sous la désignation de Z-5.",
    "Bucarest acquit une licence pour fabriquer le véhicule blindé de transport de troupes BTR-60 "
    "sous la désignation de TAB-71.",
])
def test_the_name_given_after_the_kind_of_design_is_the_copy(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "fr")
    derived = {(s, o) for s, r, o in facts if r == "derived_from"}
    assert any(o in {"Mi-4", "BTR-60"} and s.endswith(("Z-5", "TAB-71")) for s, o in derived), facts
    assert not any(r == "alias_of" for _, r, _ in facts), facts
    assert any(s.endswith(("Z-5", "TAB-71")) and r == "made_in_country" and o in {"China", "Romania"}
               for s, r, o in facts), facts


def test_a_name_given_far_past_the_making_still_names_nothing(extractor: Extractor) -> None:
    text = ("La Chine produisit le MiG-19 dès 1958 dans une grande usine du nord-est du pays, et le pilote "
            "le présenta au public sous le nom de J-6.")
    facts = facts_of(extractor, text, "fr")
    assert ("J-6", "made_in_country", "China") not in facts, facts
