"""A copula that sets a name equal to another design made under licence ("X is the Y built under licence in Z") says
X is the name that licensed making goes by: an alias of Y as well as its licensed copy, and each name keeps its own
facts.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

CASES = [
    ("en", "The LiM-2 is the Soviet MiG-15bis jet fighter produced in Poland under licence."),
    ("pl", "LiM-2 to myśliwiec MiG-15bis budowany w Polsce na licencji."),
    ("ja", "59式戦車は、中国で長くライセンス生産されたソ連のT-54である。"),
]


def _aliased(facts: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return any(r == "alias_of" and {s, o} == {a, b} for s, r, o in facts)


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_the_name_of_a_licensed_making_is_an_alias_too(extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    copy, original = ("Type 59 tank", "T-54") if lang == "ja" else ("PZL-Mielec Lim-2", "MiG-15bis")
    assert (copy, "derived_from", original) in facts, facts
    assert _aliased(facts, copy, original), facts


def test_each_name_keeps_its_own_place_of_making(extractor) -> None:
    text = ("LiM-2 to myśliwiec MiG-15bis budowany w Polsce na licencji. "
            "MiG-15bis był produkowany w ZSRR.")
    facts = facts_of(extractor, text, "pl")
    assert ("MiG-15bis", "made_in_country", "Soviet Union") in facts, facts
    assert ("PZL-Mielec Lim-2", "made_in_country", "Soviet Union") not in facts, facts


def test_a_copy_word_between_the_names_makes_no_alias(extractor) -> None:
    facts = facts_of(extractor, "The LiM-2 is a licensed copy of the MiG-15bis built in Poland.", "en")
    assert not _aliased(facts, "PZL-Mielec Lim-2", "MiG-15bis"), facts
