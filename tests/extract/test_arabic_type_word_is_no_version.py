"""Arabic "طراز" (type, model) before a name says which type a thing is ("مقاتلة من طراز ميغ-29", a fighter of the
type MiG-29): no word of versions, so the name after it is no original of the name before it.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_a_rival_of_the_type_is_no_original(extractor: Extractor) -> None:
    text = 'قال الضابط إن الدبابة "صاعقة" تضاهي دبابة من طراز "تي-72" روسية الصنع.'
    facts = facts_of(extractor, text, "ar")
    assert not any(r == "derived_from" and o == "T-72" for _, r, o in facts), facts


def test_the_adjective_after_the_type_stays_its_own(extractor: Extractor) -> None:
    text = 'قال الضابط إن الدبابة "صاعقة" تضاهي دبابة من طراز "تي-72" روسية الصنع.'
    facts = facts_of(extractor, text, "ar")
    assert ("T-72", "made_in_country", "Russia") in facts, facts
    assert not any(r == "made_in_country" and o == "Russia" and s != "T-72" for s, r, o in facts), facts
