"""A word of making in a relative clause right after a word of repair ("after the overhaul, which was made in
Romania") tells where the mending was done: no country or works made the design there. A relative clause on the
design itself still says where it was made.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "design", "place"), [
    ("hr", "Lovci MiG-21 ponovno lete nakon remonta, koji je izrađen u Rumunjskoj.", "MiG-21", "Romania"),
    ("sr", "Тенкови М-84 поново возе након ремонта, који је произведен у Пољској.", "M-84", "Poland"),
    ("ru", "Самолёты МиГ-21 снова летают после ремонта, который был произведён на Украине.", "MiG-21", "Ukraine"),
    ("sl", "Letala MiG-21 spet letijo po remontu, ki je bil izdelan v Romuniji.", "MiG-21", "Romania"),
    ("en", "The MiG-21 fighters fly again after an overhaul, which was made in Romania.", "MiG-21", "Romania"),
])
def test_the_place_of_a_repair_in_a_relative_clause_made_nothing(extractor: Extractor, lang: str, text: str,
                                                                design: str, place: str) -> None:
    assert (design, "made_in_country", place) not in facts_of(extractor, text, lang)


def test_a_relative_clause_on_the_design_still_places_its_making(extractor: Extractor) -> None:
    text = "Lovci MiG-21, koji su proizvedeni u Sovjetskom Savezu, ponovno lete nakon remonta."
    assert ("MiG-21", "made_in_country", "Soviet Union") in facts_of(extractor, text, "hr")
