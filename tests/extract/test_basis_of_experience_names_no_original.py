"""A word of basis whose object is a thing of the mind ("on the basis of experience with the T-55") names no original:
the design the experience was gained on is not what the new design was built from.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Na základě zkušeností s tankem T-54 podnik vyvinul tank T-72.", "cs"),
    ("Na základe skúseností s tankom T-55 podnik vyvinul tank T-72.", "sk"),
    ("Na podstawie doświadczeń z czołgiem T-55 zakład opracował czołg T-72.", "pl"),
])
def test_experience_is_no_original(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not any(f[1] == "derived_from" for f in facts), facts


def test_a_design_after_the_basis_word_is_still_the_original(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Na podstawie czołgu T-72 zakład opracował czołg PT-91.", "pl")
    assert ("PT-91 Twardy", "derived_from", "T-72") in facts, facts
