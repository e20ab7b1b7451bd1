"""Brackets right after a name whose first words' initials spell the name's letters write the name out ("TAB-77
(Transportor Amfibiu Blindat Model 1977)"): a designation inside them ("Model 1977") is a word of it, no product of
its own."""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_a_designation_inside_a_spelled_out_name_is_no_product(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Transportorul TAB-77 (Transportor Amfibiu Blindat Model 1977) a fost construit pe "
                                "baza transportorului sovietic BTR-70.", "ro")
    assert not any(subject == "Model 1977" for subject, _, _ in facts)
    assert ("TAB-77", "derived_from", "BTR-70") in facts


def test_brackets_that_spell_nothing_keep_their_names(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The T-72 (Object 172) is a Soviet tank.", "en")
    assert ("T-72", "alias_of", "Object 172") in facts
