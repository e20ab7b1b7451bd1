"""Brackets right after a maker's name that open with a word for "then" or "formerly" ("Aero Vodochody (then
Středočeské strojírny)") give that maker's earlier name: no second maker, nor another name of the design. The maker
before the brackets keeps the making.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The L-29 trainer was built at Aero Vodochody (then called Středočeské strojírny) from 1963."),
    ("cs", "Cvičné letouny L-29 vyrábělo od roku 1963 Aero Vodochody (tehdy ještě Středočeské strojírny)."),
])
def test_the_earlier_name_is_no_second_maker(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("L-29", "manufactured_by", "Aero Vodochody") in facts, facts
    assert not [f for f in facts if f[0] == "L-29" and f[1] in {"manufactured_by", "alias_of"}
                and "Středočesk" in f[2]], facts


def test_the_maker_itself_under_its_earlier_name_keeps_the_making(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Samolot TS-11 produkowano w zakładach PZL-Mielec (wówczas WSK Mielec) od 1963 roku.",
                     "pl")
    assert [f for f in facts if f[0] == "TS-11" and f[1] == "manufactured_by"], facts
